# The two commands of the README: `make demo` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
SAMPLE ?= samples/fox-at-the-shrine.eko
OUT ?= out
EKONTE = $(BUILD_DIR)/cli/ekonte

.PHONY: deps configure build test demo fuzz sanitize clean

deps:
	bash scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

demo: build
	$(EKONTE) check $(SAMPLE)
	$(EKONTE) compile $(SAMPLE) -o $(OUT)/shotgraph.json
	$(EKONTE) build $(SAMPLE) -o $(OUT) --shots-dir $(OUT)/shots
	$(EKONTE) sheet $(SAMPLE) -o $(OUT)/sheet.pdf
	@echo "demo: pictures in $(OUT)/shots, PDFs: $(OUT)/storyboard.pdf $(OUT)/ekonte.pdf $(OUT)/manga.pdf $(OUT)/sheet.pdf"

# `make fuzz FUZZ_SECONDS=600 [FUZZ_TARGETS="ekonte fountain fdx"]`: the front ends under libFuzzer,
# ASan and UBSan (clang); FUZZ_SECONDS is the whole run, split evenly across the targets.
fuzz: deps
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) FUZZ_TARGETS="$(or $(FUZZ_TARGETS),ekonte fountain fdx)" bash scripts/fuzz.sh

# `make sanitize`: every target except the libtorch generator under ASan and UBSan (build-sanitize/),
# then the whole test suite; leaks inside Cairo, fontconfig, FreeType and HarfBuzz are
# suppressed by tests/sanitize/lsan.supp, ours fail the run.
sanitize: deps
	SANITIZE_JOBS=$(JOBS) bash scripts/sanitize.sh

clean:
	rm -rf $(BUILD_DIR) build-fuzz build-sanitize

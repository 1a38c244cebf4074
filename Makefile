# The two commands of the README: `make demo` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
SAMPLE ?= samples/fox-at-the-shrine.eko
OUT ?= out
EKONTE = $(BUILD_DIR)/cli/ekonte

.PHONY: deps configure build test demo fuzz clean

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
	$(EKONTE) build $(SAMPLE) -o $(OUT)
	$(EKONTE) sheet $(SAMPLE) -o $(OUT)/sheet.pdf
	@echo "demo: pictures in $(OUT)/shots, PDFs: $(OUT)/storyboard.pdf $(OUT)/ekonte.pdf $(OUT)/manga.pdf $(OUT)/sheet.pdf"

# `make fuzz FUZZ_SECONDS=600`: the front end under libFuzzer, ASan and UBSan (clang).
fuzz: deps
	FUZZ_SECONDS=$(or $(FUZZ_SECONDS),60) bash scripts/fuzz.sh

clean:
	rm -rf $(BUILD_DIR) build-fuzz

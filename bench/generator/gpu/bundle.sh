#!/usr/bin/env bash
# Packs what bench/generator/gpu/build.sh needs to build `neural_standalone` on a GPU machine that
# has PyTorch (its libtorch, CUDA, a C++ compiler) but none of our build's Debian libraries:
#   src.tar.gz   the sources of the neural generator and its `train`/`eval` commands (and build/generated)
#   static.tar   the static libraries they link (the rig, the compiler, ...), built here
#   sys.tar.xz   the system headers those sources include (torch's excepted) and the shared
#                libraries the static ones need, with their dependencies (glibc and libstdc++ excepted)
# Usage: bash bench/generator/gpu/bundle.sh BUILD_DIR OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/../../.."
BUILD="$1"
OUT="$2"
mkdir -p "$OUT"
cmake --build "$BUILD" -j2 --target ekonte_neural neural_standalone >/dev/null
sources=(render/neural/*.cpp cli/neural/train_command.cpp cli/neural/eval_command.cpp cli/args.cpp
         bench/generator/neural_standalone.cpp)
# The repository's headers and the sources above.
{ git ls-files '*.hpp' '*.h' '*.def' '*.inc'; git ls-files --others --exclude-standard '*.hpp' '*.def'; printf '%s\n' "${sources[@]}"; } |
  sort -u > "$OUT/src.list"
tar czf "$OUT/src.tar.gz" -T "$OUT/src.list" -C "$BUILD" generated
printf '%s\n' "${sources[@]}" > "$OUT/sources.txt"

# Static libraries, in the link order of neural_standalone (which links no plugin).
link="$BUILD/bench/generator/CMakeFiles/neural_standalone.dir/link.txt"
libs=$(tr ' ' '\n' < "$link" | grep '\.a$' | grep -v libekonte_neural.a)
rm -rf "$OUT/static" && mkdir -p "$OUT/static"
for l in $libs; do cp "$BUILD/bench/generator/$l" "$OUT/static/"; done
(cd "$OUT/static" && ls) > "$OUT/static.txt"
tar cf "$OUT/static.tar" -C "$OUT" static && rm -rf "$OUT/static"

# System headers: what the compiler reads for our sources, outside the tree and torch's.
flags=$(sed -n 's/^CXX_INCLUDES = //p' "$BUILD/render/neural/CMakeFiles/ekonte_neural.dir/flags.make")
defines=$(sed -n 's/^CXX_DEFINES = //p' "$BUILD/render/neural/CMakeFiles/ekonte_neural.dir/flags.make")
headers=$(for s in "${sources[@]}"; do eval g++ -std=c++20 -M $defines $flags "$s"; done | tr ' \\' '\n\n' |
          grep '^/usr/' | grep -v -e '/usr/include/torch' -e '/usr/include/c10' -e '/usr/include/ATen' \
                                 -e '/usr/include/caffe2' -e '/usr/lib/gcc' -e '/usr/include/c++' | sort -u)
# Shared libraries the static ones link, and their dependencies.
shared=$(tr ' ' '\n' < "$link" | grep '^/usr/.*\.so' | grep -v -e torch -e c10 -e protobuf -e glog -e gflags)
deps=$(for l in $shared; do echo "$l"; ldd "$l" | awk '$3 ~ /^\// {print $3}'; done |
       grep -v -E '/(libc|libm|libstdc\+\+|libgcc_s|ld-linux-x86-64|libpthread|libdl|librt)\.so' | sort -u)
rm -rf "$OUT/sys" && mkdir -p "$OUT/sys/lib"
for h in $headers; do mkdir -p "$OUT/sys$(dirname "$h")"; cp "$h" "$OUT/sys$h"; done
for l in $deps; do cp -L "$l" "$OUT/sys/lib/$(basename "$l")"; done
# Linker names (libcairo.so) for the libraries linked by name.
for l in $shared; do
  real=$(readlink -f "$l")
  soname=$(objdump -p "$real" | awk '/SONAME/ {print $2}')
  [ -e "$OUT/sys/lib/$soname" ] || cp -L "$real" "$OUT/sys/lib/$soname"
  echo "$soname"
done > "$OUT/shared.txt"
tar cJf "$OUT/sys.tar.xz" -C "$OUT" sys && rm -rf "$OUT/sys"
cp bench/generator/gpu/build.sh bench/generator/gpu/run_on_gpu.sh "$OUT/"
du -sh "$OUT"/*

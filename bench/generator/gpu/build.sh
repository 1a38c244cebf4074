#!/usr/bin/env bash
# Builds `neural_standalone` from the files bundle.sh packed, on a machine with PyTorch's
# libtorch (CUDA or not) and a C++20 compiler but none of our Debian libraries. Run it in the
# bundle's folder; it leaves ./neural_standalone, linked so that it finds its libraries by rpath.
# TORCH_INCLUDE / TORCH_LIB override where libtorch is (default: python3's torch package);
# TORCH_CUDA=0 links the CPU libraries only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if [ -z "${TORCH_LIB:-}" ]; then
  torch_dir=$(python3 -c 'import torch, os; print(os.path.dirname(torch.__file__))')
  python3 -c 'import torch; print("torch", torch.__version__, "| C++11 ABI", torch._C._GLIBCXX_USE_CXX11_ABI, "| CUDA", torch.version.cuda, torch.cuda.is_available())'
  [ "$(python3 -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')" = 1 ] ||
    { echo "build.sh: this libtorch uses the old C++ ABI; the static libraries were built with the new one" >&2; exit 3; }
  TORCH_INCLUDE="-isystem $torch_dir/include -isystem $torch_dir/include/torch/csrc/api/include"
  TORCH_LIB="$torch_dir/lib"
fi
g++ --version | head -1
rm -rf src sys static obj && mkdir -p src obj
tar xzf src.tar.gz -C src
tar xJf sys.tar.xz
tar xf static.tar
# Carried libraries the machine has already are dropped: its own are as new or newer.
have=$(ldconfig -p | awk 'NR > 1 {print $1}')
for l in sys/lib/*; do
  if grep -qxF "$(basename "$l")" <<< "$have"; then rm "$l"; fi
done
echo "carried libraries used: $(ls sys/lib | wc -l)"
inc="-Isrc -Isrc/generated $TORCH_INCLUDE"
for d in cairo glib-2.0 pixman-1 freetype2 libpng16 librsvg-2.0 gdk-pixbuf-2.0 libmount blkid; do
  [ -d "sys/usr/include/$d" ] && inc="$inc -isystem sys/usr/include/$d"
done
[ -d sys/usr/lib/x86_64-linux-gnu/glib-2.0/include ] && inc="$inc -isystem sys/usr/lib/x86_64-linux-gnu/glib-2.0/include"
# Last, so the machine's own system headers win where both have one.
inc="$inc -idirafter sys/usr/include"
export CXXFLAGS_ALL="-std=c++20 -O2 -fPIC -pthread -D_GLIBCXX_USE_CXX11_ABI=1 -DEKONTE_NEURAL_HAVE_RIG=1 -DEKONTE_SOURCE_ROOT=\"$here/src\" $inc"
xargs -P "$(nproc)" -I{} sh -c 'o=obj/$(echo "{}" | tr / _).o; g++ $CXXFLAGS_ALL -c "src/{}" -o "$o" || { echo "FAILED {}" >&2; exit 255; }' < sources.txt
cuda_libs=""
if [ "${TORCH_CUDA:-1}" = 1 ] && [ -e "$TORCH_LIB/libtorch_cuda.so" ]; then cuda_libs="-ltorch_cuda -lc10_cuda"; fi
g++ -o neural_standalone obj/*.o -Wl,--start-group static/*.a -Wl,--end-group \
  -Lsys/lib $(sed 's/^/-l:/' shared.txt) \
  -L"$TORCH_LIB" -Wl,--no-as-needed -ltorch $cuda_libs -ltorch_cpu -lc10 -Wl,--as-needed \
  -Wl,--allow-shlib-undefined -Wl,--disable-new-dtags -Wl,-rpath,"$here/sys/lib:$TORCH_LIB" -pthread
echo "built $here/neural_standalone"

// libekonte-core.so is made of whole static libraries (cli/CMakeLists.txt); a shared library
// needs one source of its own.

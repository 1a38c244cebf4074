#pragma once
// Torch pulls in glog, whose CHECK macros would silently replace doctest's: include torch
// first, drop glog's macros, then include doctest. Every torch-using test includes this.
#include <torch/torch.h>

#undef CHECK
#undef CHECK_EQ
#undef CHECK_NE
#undef CHECK_LT
#undef CHECK_LE
#undef CHECK_GT
#undef CHECK_GE

#include <doctest/doctest.h>

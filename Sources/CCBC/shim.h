// The C API of COIN-OR CBC (the mixed-integer solver behind `rank --optimise`).
#include <coin/Cbc_C_Interface.h>

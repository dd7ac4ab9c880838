/* For the Wine test prefix only (dist/windows/test), never shipped: Rust's standard library
   asks Windows 10+ for random bytes through ProcessPrng in bcryptprimitives.dll, which Wine 8
   does not have. This one hands the call to RtlGenRandom (advapi32's SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}

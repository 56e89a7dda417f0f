/* <wincrypt.h> for Juliet's w32 test cases on Linux: the fixture mock plus the provider names
   and the RC5 identifier (ALG_SID_RC5 is 13) that the test cases use. */
#ifndef SENIORLINT_JULIET_WINCRYPT_H
#define SENIORLINT_JULIET_WINCRYPT_H

#include <windows.h>
#include "../../../test-fixtures/include/wincrypt.h"

#define MS_ENHANCED_PROV_A "Microsoft Enhanced Cryptographic Provider v1.0"
#define MS_ENHANCED_PROV_W L"Microsoft Enhanced Cryptographic Provider v1.0"
#ifdef UNICODE
#define MS_ENHANCED_PROV MS_ENHANCED_PROV_W
#define MS_ENH_RSA_AES_PROV MS_ENH_RSA_AES_PROV_W
#else
#define MS_ENHANCED_PROV MS_ENHANCED_PROV_A
#define MS_ENH_RSA_AES_PROV MS_ENH_RSA_AES_PROV_A
#endif

#ifndef CALG_RC5
#define ALG_SID_RC5 13
#define CALG_RC5 (ALG_CLASS_DATA_ENCRYPT | ALG_TYPE_BLOCK | ALG_SID_RC5)
#endif

#endif

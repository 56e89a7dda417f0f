/* Mock of OpenSSL <openssl/des.h> (seniorlint test fixtures): declarations only. */
#ifndef SENIORLINT_MOCK_OPENSSL_DES_H
#define SENIORLINT_MOCK_OPENSSL_DES_H

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int DES_LONG;
typedef unsigned char DES_cblock[8];
typedef /* const */ unsigned char const_DES_cblock[8];

typedef struct DES_ks {
  union {
    DES_cblock cblock;
    DES_LONG deslong[2];
  } ks[16];
} DES_key_schedule;

#define DES_ENCRYPT 1
#define DES_DECRYPT 0

void DES_set_odd_parity(DES_cblock *key);
int DES_set_key(const_DES_cblock *key, DES_key_schedule *schedule);
int DES_set_key_checked(const_DES_cblock *key, DES_key_schedule *schedule);
void DES_set_key_unchecked(const_DES_cblock *key, DES_key_schedule *schedule);
void DES_ecb_encrypt(const_DES_cblock *input, DES_cblock *output, DES_key_schedule *ks, int enc);
void DES_ncbc_encrypt(const unsigned char *input, unsigned char *output, long length,
                      DES_key_schedule *schedule, DES_cblock *ivec, int enc);
void DES_ede3_cbc_encrypt(const unsigned char *input, unsigned char *output, long length,
                          DES_key_schedule *ks1, DES_key_schedule *ks2, DES_key_schedule *ks3,
                          DES_cblock *ivec, int enc);

#ifdef __cplusplus
}
#endif

#endif

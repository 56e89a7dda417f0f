/* Mock of libcurl <curl/curl.h> (seniorlint test fixtures): declarations only.
   Option values match libcurl's (CURLOPTTYPE_LONG 0, OBJECTPOINT 10000, FUNCTIONPOINT 20000). */
#ifndef SENIORLINT_MOCK_CURL_H
#define SENIORLINT_MOCK_CURL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void CURL;

typedef enum {
  CURLE_OK = 0,
  CURLE_UNSUPPORTED_PROTOCOL = 1,
  CURLE_FAILED_INIT = 2,
  CURLE_URL_MALFORMAT = 3,
  CURLE_COULDNT_RESOLVE_HOST = 6,
  CURLE_COULDNT_CONNECT = 7,
  CURLE_OPERATION_TIMEDOUT = 28,
  CURLE_SSL_CONNECT_ERROR = 35,
  CURLE_PEER_FAILED_VERIFICATION = 60,
  CURLE_SSL_CACERT_BADFILE = 77
} CURLcode;

typedef enum {
  CURLOPT_WRITEDATA = 10001,
  CURLOPT_URL = 10002,
  CURLOPT_PROXY = 10004,
  CURLOPT_USERPWD = 10005,
  CURLOPT_PROXYUSERPWD = 10006,
  CURLOPT_KEYPASSWD = 10026,
  CURLOPT_TIMEOUT = 13,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_HTTPHEADER = 10023,
  CURLOPT_VERBOSE = 41,
  CURLOPT_NOSIGNAL = 99,
  CURLOPT_FOLLOWLOCATION = 52,
  CURLOPT_USE_SSL = 119,
  CURLOPT_SSL_VERIFYPEER = 64,
  CURLOPT_CAINFO = 10065,
  CURLOPT_SSL_VERIFYHOST = 81,
  CURLOPT_CONNECTTIMEOUT = 78,
  CURLOPT_USERNAME = 10173,
  CURLOPT_PASSWORD = 10174,
  CURLOPT_PROXYUSERNAME = 10175,
  CURLOPT_PROXYPASSWORD = 10176,
  CURLOPT_XOAUTH2_BEARER = 10220,
  CURLOPT_PROXY_SSL_VERIFYPEER = 248,
  CURLOPT_PROXY_SSL_VERIFYHOST = 249,
  CURLOPT_CURLU = 10282,
  CURLOPT_WRITEFUNCTION = 20011,
  /* As libcurl 7.87 marks it (CURLOPTDEPRECATED). */
  CURLOPT_PROGRESSFUNCTION
      __attribute__((deprecated("since 7.32.0. Use CURLOPT_XFERINFOFUNCTION"))) = 20056,
  CURLOPT_XFERINFOFUNCTION = 20219
} CURLoption;

typedef enum {
  CURLINFO_RESPONSE_CODE = 0x200002
} CURLINFO;

struct curl_slist {
  char *data;
  struct curl_slist *next;
};

#define CURL_GLOBAL_SSL (1 << 0)
#define CURL_GLOBAL_WIN32 (1 << 1)
#define CURL_GLOBAL_ALL (CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32)
#define CURL_GLOBAL_DEFAULT CURL_GLOBAL_ALL

typedef size_t (*curl_write_callback)(char *buffer, size_t size, size_t nitems, void *outstream);

typedef enum {
  CURLUSESSL_NONE,
  CURLUSESSL_TRY,
  CURLUSESSL_CONTROL,
  CURLUSESSL_ALL
} curl_usessl;

typedef struct Curl_URL CURLU;

/* The form API, deprecated in 7.56.0 as libcurl marks it (CURL_DEPRECATED). */
struct curl_httppost;
typedef enum { CURL_FORMADD_OK = 0 } CURLFORMcode;
CURLFORMcode curl_formadd(struct curl_httppost **httppost, struct curl_httppost **last_post, ...)
    __attribute__((deprecated("since 7.56.0. Use curl_mime_init()")));
typedef struct curl_mime curl_mime;
curl_mime *curl_mime_init(CURL *easy);

typedef enum {
  CURLUE_OK = 0
} CURLUcode;

typedef enum {
  CURLUPART_URL,
  CURLUPART_SCHEME,
  CURLUPART_USER,
  CURLUPART_PASSWORD,
  CURLUPART_OPTIONS,
  CURLUPART_HOST,
  CURLUPART_PORT,
  CURLUPART_PATH,
  CURLUPART_QUERY,
  CURLUPART_FRAGMENT,
  CURLUPART_ZONEID
} CURLUPart;

CURLU *curl_url(void);
void curl_url_cleanup(CURLU *handle);
CURLUcode curl_url_set(CURLU *handle, CURLUPart what, const char *part, unsigned int flags);

CURLcode curl_global_init(long flags);
void curl_global_cleanup(void);
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...);
void curl_easy_cleanup(CURL *curl);
const char *curl_easy_strerror(CURLcode code);
struct curl_slist *curl_slist_append(struct curl_slist *list, const char *data);
void curl_slist_free_all(struct curl_slist *list);

#ifdef __cplusplus
}
#endif

#endif

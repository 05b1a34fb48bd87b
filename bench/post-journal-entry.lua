-- wrk script: POST a session journal entry dated a minute ago (bench/growth.sh). The bearer token
-- comes in with wrk -H.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format([[{"at":"%s","kind":"session","painBefore":5,"painAfter":3,"techniques":["effleurage"],"helped":["effleurage"],"notes":"bench"}]],
  os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60))

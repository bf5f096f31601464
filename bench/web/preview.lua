-- wrk script: POST the SPEC's example plan preview.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"treatedAt":"2026-05-12T09:00:00Z","timeZone":"Europe/London",' ..
  '"areas":[{"code":"LOWER_BACK","side":"LEFT"}],"intensity":"MODERATE","sensitiveArea":false,' ..
  '"symptoms":[{"code":"DIZZINESS","reportedAt":"2026-05-12T09:05:00Z","source":"CLINIC"}],' ..
  '"at":"2026-05-13T12:00:00Z"}'

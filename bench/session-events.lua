-- wrk script: signed-in users, each on their own running session (bench/growth.sh, bench/load-sessions.sh).
-- BENCH_SESSIONS names a file of "TOKEN SESSION_ID" lines, one per session, created up front.
-- BENCH_ACTION: "events" (default) POSTs a pressure_report to /api/v1/sessions/{id}/events;
-- "read" GETs /api/v1/sessions/{id}.
-- wrk gives a script no connection identity, so each thread takes every n-th session and hands them
-- out in turn: with as many sessions as connections, the requests in flight almost always name
-- different sessions. Two at once on one session would be answered 409 (retryable), which is counted
-- apart from other errors in done().
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local mine = {}
local next_index = 1
local action = os.getenv("BENCH_ACTION") or "events"
local body = '{"type":"pressure_report","value":3}'
statuses = {}

function init(args)
  local total = tonumber(os.getenv("BENCH_THREADS") or "2")
  local line_no = 0
  for line in io.lines(os.getenv("BENCH_SESSIONS")) do
    local token, id = line:match("^(%S+)%s+(%S+)$")
    if token then
      if line_no % total == (tid - 1) then
        table.insert(mine, {token = token, id = id})
      end
      line_no = line_no + 1
    end
  end
  if #mine == 0 then error("no sessions for thread " .. tid) end
end

function request()
  local s = mine[next_index]
  next_index = next_index % #mine + 1
  local headers = {["Authorization"] = "Bearer " .. s.token}
  if action == "read" then
    return wrk.format("GET", "/api/v1/sessions/" .. s.id, headers)
  end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/sessions/" .. s.id .. "/events", headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do totals[code] = (totals[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(totals) do table.insert(parts, code .. "=" .. n) end
  table.sort(parts)
  io.write("statuses: " .. table.concat(parts, " ") .. "\n")
end

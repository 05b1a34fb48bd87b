-- wrk script: signed-in users, each on their own running session (bench/growth.sh, bench/load-sessions.sh).
-- BENCH_SESSIONS names a file of "TOKEN SESSION_ID" lines, one per session, created up front.
-- BENCH_ACTION: "events" (default) POSTs a pressure_report to /api/v1/sessions/{id}/events;
-- "read" GETs /api/v1/sessions/{id}.
-- wrk gives a script no connection identity, so each thread takes every n-th session and keeps them
-- in a pool: a request takes a free session, and its answer (which names the session: the
-- SessionState's "id" comes first) gives it back. With as many sessions as connections no two
-- requests in flight name the same session, as no person sends two events at once. (Handing them out
-- in turn instead let 8% of the events at 32 connections meet another on their session and be
-- answered 409.) If an answer names no session (an error), its session is not given back, and once
-- none is free they are handed out in turn. A 409 is still counted apart from other errors in done().
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local mine = {}
local by_id = {}
local free = {}
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
        local session = {token = token, id = id}
        table.insert(mine, session)
        table.insert(free, session)
        by_id[id] = session
      end
      line_no = line_no + 1
    end
  end
  if #mine == 0 then error("no sessions for thread " .. tid) end
end

function request()
  local s = table.remove(free)
  if s == nil then
    s = mine[next_index]
    next_index = next_index % #mine + 1
  end
  local headers = {["Authorization"] = "Bearer " .. s.token}
  if action == "read" then
    return wrk.format("GET", "/api/v1/sessions/" .. s.id, headers)
  end
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/sessions/" .. s.id .. "/events", headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local id = body and body:match('^{"id":"([^"]+)"')
  local s = id and by_id[id]
  if s then table.insert(free, s) end
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

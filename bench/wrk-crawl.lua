-- Loaded into wrk by bench/crawl.sh: asks for every path of a list exactly once, then stops.
-- Arguments after `--`: PATHS_FILE THREADS CONNECTIONS DONE_FILE. Thread i takes paths i, i + THREADS, …, and each
-- of its connections asks for the next of them. A connection with nothing left to ask waits (wrk's delay) instead
-- of sending more; when all of a thread's connections wait, the thread stops, and the last thread to stop
-- interrupts wrk as Ctrl-C does, so the run lasts as long as the crawl, not wrk's -d (an upper bound).
-- Prints wrk-report.lua's line and one line more: CRAWL paths=N sent=N (sent > paths only after socket errors).
threads = {}

setup = function(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

init = function(args)
  thread_count = tonumber(args[2])
  connections = math.floor(tonumber(args[3]) / thread_count)
  done_file = args[4]
  mine, reserved, sent, parked = {}, 0, 0, 0
  local index = 0
  for line in io.lines(args[1]) do
    if #line > 0 then
      if index % thread_count == id then mine[#mine + 1] = line end
      index = index + 1
    end
  end
  paths = #mine
end

local function finish()
  local file = io.open(done_file, "a")
  file:write(id, "\n")
  file:close()
  local finished = 0
  for _ in io.lines(done_file) do finished = finished + 1 end
  if finished >= thread_count then
    -- Not os.execute: system() ignores SIGINT in the whole process while its child runs.
    local ffi = require("ffi")
    ffi.cdef("int getpid(void); int kill(int pid, int sig);")
    ffi.C.kill(ffi.C.getpid(), 2)
  end
  wrk.thread:stop()
end

-- wrk calls this before every request of a connection, its first included: it reserves the connection's next
-- request, or parks the connection for an hour when the thread's paths are all taken.
delay = function()
  if reserved < paths then
    reserved = reserved + 1
    return 0
  end
  parked = parked + 1
  if parked == connections then finish() end
  return 3600 * 1000
end

-- wrk calls this once before the run to check the script (no reservation yet): not counted. A request after a
-- socket error comes without a reservation too; it repeats the last path (seen as sent > paths).
request = function()
  if reserved == 0 then return wrk.format(nil, mine[1] or "/") end
  sent = sent + 1
  return wrk.format(nil, mine[math.min(sent, paths)])
end

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-report.lua")
local report = done
done = function(summary, latency, requests)
  report(summary, latency, requests)
  local paths_total, sent_total = 0, 0
  for _, thread in ipairs(threads) do
    paths_total = paths_total + thread:get("paths")
    sent_total = sent_total + thread:get("sent")
  end
  io.write(string.format("CRAWL paths=%d sent=%d\n", paths_total, sent_total))
end

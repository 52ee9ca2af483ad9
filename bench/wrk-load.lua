-- Loaded into wrk by bench/load.py: spreads the requests over the paths listed, one a line, in the file named
-- after `--`, each thread starting at its own place, and prints wrk-report.lua's line for load.py at the end.
local paths, next_index = {}, 0

init = function(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000)
  next_index = math.random(#paths)
end

request = function()
  next_index = next_index % #paths + 1
  return wrk.format(nil, paths[next_index])
end

-- The same closing line as every other run prints.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-report.lua")

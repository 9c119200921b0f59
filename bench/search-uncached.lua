-- Like search.lua, but every query is asked for pages 1 to 10 in turn: 400 distinct requests
-- cycling through the preview's 256-entry answer cache, so (least recently used first out)
-- every request misses it and runs a search.
-- Each wrk thread runs its own copy of this script: if every thread cycled through all 400
-- requests, they would ask for the same ones moments apart and about 40 % of the answers
-- would come from the cache. So thread k of N (N is the script argument, default 2, as
-- serve-bench.sh runs wrk -t2) asks only for requests k, k + N, k + 2N, ...
local queries = {
  "党", "党建", "志愿服务", "三会一课", "书记项目", "满意率", "红色加油站", "强堡垒", "促发展", "惠民生",
  "拆迁", "党员", "学习", "2018年", "580志愿", "ＡＢＣ１２３", "开发区", "楼宇学习点", "组织生活", "实践",
  "党建引领", "基层党组织", "为民办事", "红色教育", "居民", "老人", "社区", "支部", "书记", "工作成效",
  "立发桥", "晾晒", "责任田", "青年", "微心愿", "先锋", "网格", "议事", "融合", "没有这个词组合啊",
}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths = {}
for page = 1, 10 do
  for _, q in ipairs(queries) do
    paths[#paths + 1] = "/api/search?q=" .. encode(q) .. "&limit=10&page=" .. page
  end
end
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
local mine = {}
function init(args)
  local count = tonumber(args[1]) or 2
  for i = 1, #paths do
    if (i - 1) % count == id % count then
      mine[#mine + 1] = paths[i]
    end
  end
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", mine[(n % #mine) + 1])
end

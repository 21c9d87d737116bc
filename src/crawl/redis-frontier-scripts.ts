import { script } from './redis-link.js';

/**
 * The atomic steps of a shared frontier, as Lua run inside Redis. Keys, under the crawl's
 * prefix `qa:{<crawl-id>}:` (P):
 *
 *   meta            hash: pass, pass_state (opening: queueing the known URLs again; seeding: queueing
 *                   the start URLs; open; complete), pass_started_at, run, seq,
 *                   done (URLs finished in this pass), budget (--max-pages left), deadline, settings
 *   policy          hash: the politeness every worker follows (shared-pacer.ts)
 *   u:<key>         hash per URL: h host, k kind, d depth, o hops, pa parent, u URL (when not its
 *                   key), s seq, ps pass, dn done, a attempts, and the last result: r result,
 *                   st status, fu final URL, cu canonical URL, rt redirect target, et ETag,
 *                   lm Last-Modified, sh sha256, en entries, fa fetched at, ca checked at,
 *                   rj reject, tr transient, er error (a failure while an earlier page is kept)
 *   x:<key>         the stored extraction or sitemap listing, deflated JSON
 *   known           zset of every URL key, score 0: lexical order is publishing order
 *   p:<host>        zset of the host's pending URLs by seq (frontier order)
 *   hosts           zset of hosts with pending URLs, by the seq of their first
 *   retry           zset of URLs waiting to be retried, by the time they may start
 *   leases          hash: URL key → lease token (`<worker>#<n>`)
 *   placed          hash: URL key → lease token, while the lease holds its host's in-flight place
 *   tokens          hash: lease token → URL key (a claim sent twice hands out the same URL)
 *   workers         zset: worker → when its heartbeat runs out (server ms)
 *   w:<worker>      hash: what a worker says of itself (for --status)
 *   h:<host>, r:<host>, paced   the pace of each host (shared-pacer.ts)
 *   robots:<origin> hash: run, worker reading it, record (robots.txt as read in that run)
 */

/** Where a crawl's keys start (P above); the hash tag puts them all in one slot. */
export const crawlPrefix = (crawlId: string): string => `qa:{${crawlId}}:`;

const FRONTIER_LIB = `
local function enqueue(key, host, seq)
  redis.call('ZADD', P .. 'p:' .. host, seq, key)
  redis.call('ZADD', P .. 'hosts', 'LT', seq, host)
end

local function pop_head(host)
  local pk = P .. 'p:' .. host
  local key = redis.call('ZPOPMIN', pk)[1]
  local head = redis.call('ZRANGE', pk, 0, 0, 'WITHSCORES')
  if head[1] then redis.call('ZADD', P .. 'hosts', head[2], host) else redis.call('ZREM', P .. 'hosts', host) end
  return key
end

local function free_place(key, token)
  if redis.call('HGET', P .. 'placed', key) ~= token then return end
  local hk = P .. 'h:' .. redis.call('HGET', P .. 'u:' .. key, 'h')
  if redis.call('HINCRBY', hk, 'inflight', -1) < 0 then redis.call('HSET', hk, 'inflight', 0) end
  redis.call('HDEL', P .. 'placed', key)
end

local function release(key, token)
  free_place(key, token)
  redis.call('HDEL', P .. 'leases', key)
  redis.call('HDEL', P .. 'tokens', token)
end

local function give_back(key, token)
  release(key, token)
  local u = redis.call('HMGET', P .. 'u:' .. key, 'h', 's')
  enqueue(key, u[1], tonumber(u[2]))
end

local function add(list, pass)
  local queued = 0
  for _, d in ipairs(list) do
    local key, url, host, kind, depth, hops, parent = d[1], d[2], d[3], d[4], d[5], d[6], d[7]
    local k = P .. 'u:' .. key
    local cur = redis.call('HMGET', k, 'ps', 'dn', 'd')
    if not cur[1] or tonumber(cur[1]) < pass then
      local seq = redis.call('HINCRBY', P .. 'meta', 'seq', 1)
      if not cur[1] then
        redis.call('HSET', k, 'h', host, 'k', kind, 'o', hops)
        if url ~= key then redis.call('HSET', k, 'u', url) end
        if parent ~= cjson.null then redis.call('HSET', k, 'pa', parent) end
        redis.call('ZADD', P .. 'known', 0, key)
      end
      redis.call('HSET', k, 's', seq, 'ps', pass, 'd', depth)
      redis.call('HDEL', k, 'dn', 'a')
      enqueue(key, host, seq)
      queued = queued + 1
    elseif not cur[2] and tonumber(cur[3]) > depth then
      redis.call('HSET', k, 'd', depth)
    end
  end
  return queued
end

local function drained()
  return redis.call('ZCARD', P .. 'hosts') == 0 and redis.call('ZCARD', P .. 'retry') == 0 and redis.call('HLEN', P .. 'leases') == 0
end
`;

const frontier = (name: string, body: string) => script(name, `${FRONTIER_LIB}\n${body}`);

/** ARGV: now, ISO time, settings JSON, budget ('' none), max time ms ('' none), policy JSON. → {pass, resumed, started at, state} */
export const OPEN = frontier('open', `
local m = P .. 'meta'
local pass = tonumber(redis.call('HGET', m, 'pass') or '0')
local state = redis.call('HGET', m, 'pass_state')
local resumed = pass > 0 and (state == 'open' or state == 'opening' or state == 'seeding')
if not resumed then
  pass = pass + 1
  redis.call('HSET', m, 'pass', pass, 'pass_state', 'opening', 'pass_started_at', ARGV[2], 'done', 0)
  redis.call('HDEL', m, 'requeue_after')
end
redis.call('HSET', m, 'settings', ARGV[3])
redis.call('HINCRBY', m, 'run', 1)
if ARGV[4] == '' then redis.call('HDEL', m, 'budget') else redis.call('HSET', m, 'budget', ARGV[4]) end
if ARGV[5] == '' then redis.call('HDEL', m, 'deadline') else redis.call('HSET', m, 'deadline', tostring(now + tonumber(ARGV[5]))) end
redis.call('DEL', P .. 'policy')
for field, value in pairs(cjson.decode(ARGV[6])) do redis.call('HSET', P .. 'policy', field, value) end
return {pass, resumed and 1 or 0, redis.call('HGET', m, 'pass_started_at'), redis.call('HGET', m, 'pass_state')}
`);

/** A new pass queues every known URL again, in batches (a million URLs in one script would stall the server). ARGV: now, batch. → 1 when done */
export const REQUEUE_KNOWN = frontier('requeue_known', `
local m = P .. 'meta'
local pass = tonumber(redis.call('HGET', m, 'pass'))
local after = redis.call('HGET', m, 'requeue_after')
local keys = redis.call('ZRANGEBYLEX', P .. 'known', after and ('(' .. after) or '-', '+', 'LIMIT', 0, tonumber(ARGV[2]))
for _, key in ipairs(keys) do
  local k = P .. 'u:' .. key
  local u = redis.call('HMGET', k, 'ps', 'h', 's')
  if tonumber(u[1]) < pass then
    redis.call('HSET', k, 'ps', pass)
    redis.call('HDEL', k, 'dn', 'a')
    enqueue(key, u[2], tonumber(u[3]))
  end
end
if #keys < tonumber(ARGV[2]) then
  if redis.call('HGET', m, 'pass_state') == 'opening' then redis.call('HSET', m, 'pass_state', 'seeding') end
  redis.call('HDEL', m, 'requeue_after')
  return 1
end
redis.call('HSET', m, 'requeue_after', keys[#keys])
return 0
`);

/** The opener has queued its start URLs: workers may join (a frontier still empty is not a finished one). ARGV: now. */
export const OPENED = frontier('opened', `
if redis.call('HGET', P .. 'meta', 'pass_state') == 'seeding' then redis.call('HSET', P .. 'meta', 'pass_state', 'open') end
return 1
`);

/** ARGV: now, discovered JSON ([[key, url, host, kind, depth, hops, parent], …]). → how many were queued */
export const ADD = frontier('add', `
return add(cjson.decode(ARGV[2]), tonumber(redis.call('HGET', P .. 'meta', 'pass')))
`);

/**
 * Retries past their time first (in time order), then the first pending URL (frontier order)
 * of a host that has a free in-flight place and no pause beyond the lookahead; the lease takes
 * the place. ARGV: now, worker, token, lookahead ms, dry ('1': only say whether one is ready).
 * → the entry {key, url, host, kind, depth, hops, parent, seq, attempts}, or nil; 1/0 when dry
 */
export const CLAIM = frontier('claim', `
local token, lookahead, dry = ARGV[3], tonumber(ARGV[4]), ARGV[5] == '1'
local function entry(key)
  local u = redis.call('HMGET', P .. 'u:' .. key, 'u', 'h', 'k', 'd', 'o', 'pa', 's', 'a')
  return {key, u[1] or key, u[2], u[3], u[4], u[5], u[6] or '', u[7], u[8] or '0'}
end
if not dry then
  local held = redis.call('HGET', P .. 'tokens', token)
  if held then return entry(held) end
end
local cap = tonumber(redis.call('HGET', P .. 'policy', 'host_cap') or '0')
local readiness = {}
local function ready(host)
  if readiness[host] == nil then
    local s = redis.call('HMGET', P .. 'h:' .. host, 'inflight', 'paused_until')
    readiness[host] = (cap <= 0 or tonumber(s[1] or '0') < cap) and tonumber(s[2] or '0') - now <= lookahead
  end
  return readiness[host]
end
local function take(key, host)
  redis.call('HINCRBY', P .. 'h:' .. host, 'inflight', 1)
  redis.call('HSET', P .. 'leases', key, token)
  redis.call('HSET', P .. 'placed', key, token)
  redis.call('HSET', P .. 'tokens', token, key)
  redis.call('HINCRBY', P .. 'w:' .. ARGV[2], 'claims', 1)
  return entry(key)
end
for _, key in ipairs(redis.call('ZRANGEBYSCORE', P .. 'retry', '-inf', now, 'LIMIT', 0, 100)) do
  local host = redis.call('HGET', P .. 'u:' .. key, 'h')
  if ready(host) then
    if dry then return 1 end
    redis.call('ZREM', P .. 'retry', key)
    return take(key, host)
  end
end
for _, host in ipairs(redis.call('ZRANGE', P .. 'hosts', 0, 999)) do
  if ready(host) then
    if dry then return 1 end
    return take(pop_head(host), host)
  end
end
if dry then return 0 end
return false
`);

/**
 * Records a visit and the URLs it found, if the lease still holds. ARGV: now, key, token,
 * mode ('plain', or 'transient': a failure that keeps an earlier page), fields JSON
 * ([[field, value or null], …]), fields JSON when an earlier page is kept, payload action
 * (set|del|keep), payload, discovered JSON. → 1, or 0 when the lease was taken back
 */
export const FINISH = frontier('finish', `
local key, token = ARGV[2], ARGV[3]
if redis.call('HGET', P .. 'leases', key) ~= token then return 0 end
add(cjson.decode(ARGV[9]), tonumber(redis.call('HGET', P .. 'meta', 'pass')))
local k = P .. 'u:' .. key
local function apply(changes)
  for _, c in ipairs(changes) do
    if c[2] == cjson.null then redis.call('HDEL', k, c[1]) else redis.call('HSET', k, c[1], c[2]) end
  end
end
local before = redis.call('HGET', k, 'r')
if ARGV[4] == 'transient' and (before == 'page' or before == 'sitemap') then
  apply(cjson.decode(ARGV[6]))
else
  apply(cjson.decode(ARGV[5]))
  if ARGV[7] == 'set' then redis.call('SET', P .. 'x:' .. key, ARGV[8]) elseif ARGV[7] == 'del' then redis.call('DEL', P .. 'x:' .. key) end
end
if redis.call('HSET', k, 'dn', 1) == 1 then redis.call('HINCRBY', P .. 'meta', 'done', 1) end
release(key, token)
return 1
`);

/** ARGV: now, key, token, wait ms (0: back to its place in the frontier at once), attempts. → 1, or 0 when the lease was taken back */
export const REQUEUE = frontier('requeue', `
local key, token = ARGV[2], ARGV[3]
if redis.call('HGET', P .. 'leases', key) ~= token then return 0 end
if tonumber(ARGV[5]) > 0 then redis.call('HSET', P .. 'u:' .. key, 'a', ARGV[5]) end
local wait = tonumber(ARGV[4])
if wait > 0 then
  release(key, token)
  redis.call('ZADD', P .. 'retry', now + wait, key)
else
  give_back(key, token)
end
return 1
`);

/** ARGV: now, key, token, attempts. */
export const RECORD_ATTEMPT = frontier('record_attempt', `
if redis.call('HGET', P .. 'leases', ARGV[2]) == ARGV[3] then redis.call('HSET', P .. 'u:' .. ARGV[2], 'a', ARGV[4]) end
return 1
`);

/** ARGV: now, key, token. */
export const RELEASE_PLACE = frontier('release_place', `
free_place(ARGV[2], ARGV[3])
return 1
`);

/**
 * The worker is alive until now + ttl. Its leases whose tokens it no longer holds (answers lost
 * while the server restarted) go back to the frontier; with reap = '1', so do the leases of
 * workers whose heartbeat ran out, and those workers are forgotten; leaving = '1' gives back
 * all of this worker's leases and forgets it. ARGV: now, worker, ttl ms, held tokens JSON, reap,
 * leaving, info JSON. → {leases given back, workers reaped}
 */
export const HEARTBEAT = frontier('heartbeat', `
local worker = ARGV[2]
local wk = P .. 'w:' .. worker
local leaving = ARGV[6] == '1'
local held = {}
for _, t in ipairs(cjson.decode(ARGV[4])) do held[t] = true end
local dead, reaped = {}, 0
if ARGV[5] == '1' then
  for _, w in ipairs(redis.call('ZRANGEBYSCORE', P .. 'workers', '-inf', '(' .. now)) do
    if w ~= worker then dead[w .. '#'] = w; reaped = reaped + 1 end
  end
end
local returned = 0
local leases = redis.call('HGETALL', P .. 'leases')
for i = 1, #leases, 2 do
  local key, token = leases[i], leases[i + 1]
  local owner = string.match(token, '^(.*#)')
  if (owner == worker .. '#' and (leaving or not held[token])) or dead[owner] then
    give_back(key, token)
    returned = returned + 1
  end
end
for _, w in pairs(dead) do
  redis.call('ZREM', P .. 'workers', w)
  redis.call('DEL', P .. 'w:' .. w)
end
if leaving then
  redis.call('ZREM', P .. 'workers', worker)
  redis.call('DEL', wk)
else
  redis.call('ZADD', P .. 'workers', now + tonumber(ARGV[3]), worker)
  redis.call('HSET', wk, 'seen', tostring(now))
  for field, value in pairs(cjson.decode(ARGV[7])) do redis.call('HSET', wk, field, value) end
end
return {returned, reaped}
`);

/** ARGV: now. → 1 when the pass is (now) complete */
export const COMPLETE = frontier('complete', `
local m = P .. 'meta'
local state = redis.call('HGET', m, 'pass_state')
if state == 'complete' then return 1 end
if state == 'open' and drained() then
  redis.call('HSET', m, 'pass_state', 'complete')
  return 1
end
return 0
`);

/**
 * Rejects of these reasons among the given URLs are due for a request (their check time is
 * forgotten), as SqliteFrontierStore's reviseRejects. ARGV: now, reasons JSON, URL keys JSON. → how many
 */
export const REVISE_REJECTS = frontier('revise_rejects', `
local reasons = {}
for _, r in ipairs(cjson.decode(ARGV[2])) do reasons[r] = true end
local revised = 0
for _, key in ipairs(cjson.decode(ARGV[3])) do
  local k = P .. 'u:' .. key
  local u = redis.call('HMGET', k, 'r', 'rj')
  if u[1] == 'rejected' and u[2] and reasons[cjson.decode(u[2]).reason] then
    redis.call('HDEL', k, 'ca')
    revised = revised + 1
  end
end
return revised
`);

/** ARGV: now. → {pass, queued, waiting to retry, leased, done, known, server time} */
export const COUNTS = frontier('counts', `
local queued = 0
for _, host in ipairs(redis.call('ZRANGE', P .. 'hosts', 0, -1)) do queued = queued + redis.call('ZCARD', P .. 'p:' .. host) end
local m = redis.call('HMGET', P .. 'meta', 'pass', 'done')
return {tonumber(m[1] or '0'), queued, redis.call('ZCARD', P .. 'retry'), redis.call('HLEN', P .. 'leases'), tonumber(m[2] or '0'), redis.call('ZCARD', P .. 'known'), tostring(now)}
`);

/** ARGV: now. → 1 when nothing is pending, waiting to retry or leased */
export const DRAINED = frontier('drained', `
return drained() and 1 or 0
`);

/** ARGV: now. → 1 when a page request was taken from the run's --max-pages budget (or there is none) */
export const TAKE_PAGE = frontier('take_page', `
local m = P .. 'meta'
if not redis.call('HGET', m, 'budget') then return 1 end
if redis.call('HINCRBY', m, 'budget', -1) < 0 then
  redis.call('HSET', m, 'budget', 0)
  return 0
end
return 1
`);

/** ARGV: now, origin, worker. → {'done', record} | {'wait'} | {'fetch'} */
export const ROBOTS_TAKE = frontier('robots_take', `
local run = redis.call('HGET', P .. 'meta', 'run') or '0'
local rk = P .. 'robots:' .. ARGV[2]
local r = redis.call('HMGET', rk, 'run', 'worker', 'record')
if r[1] == run and r[3] then return {'done', r[3]} end
if r[1] == run and r[2] and r[2] ~= ARGV[3] then
  local alive = redis.call('ZSCORE', P .. 'workers', r[2])
  if alive and tonumber(alive) > now then return {'wait'} end
end
redis.call('HSET', rk, 'run', run, 'worker', ARGV[3])
redis.call('HDEL', rk, 'record')
return {'fetch'}
`);

/** ARGV: now, origin, worker, record JSON ('' : the reading was given up; another worker may read it). */
export const ROBOTS_PUT = frontier('robots_put', `
local rk = P .. 'robots:' .. ARGV[2]
if ARGV[4] ~= '' then
  redis.call('HSET', rk, 'record', ARGV[4])
elseif redis.call('HGET', rk, 'worker') == ARGV[3] then
  redis.call('HDEL', rk, 'worker')
end
return 1
`);

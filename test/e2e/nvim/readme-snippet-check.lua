-- Loaded after the README's Neovim 0.7–0.9 snippet (run.mjs extracts it from README.md into init.lua, and
-- puts a `kernel-lens-server` on PATH the way `npm link` does). Opens the Dockerfile, waits for the
-- server's diagnostics, prints one JSON line {ok, checks} and exits 0 only if they came.
local WAIT = tonumber(os.getenv('KL_WAIT_MS') or '20000')
local out = { checks = {} }
local ok, err = pcall(function()
  local file = assert(os.getenv('KL_DOCKERFILE'), 'KL_DOCKERFILE not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local got = vim.wait(WAIT, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local clients = vim.lsp.buf_get_clients(0)
  local names = {}
  for _, c in pairs(clients) do table.insert(names, c.name) end
  table.insert(out.checks, { name = "README's Neovim 0.7–0.9 snippet attaches kernel-lens-server to a Dockerfile", ok = #names > 0, detail = 'clients: ' .. table.concat(names, ',') .. ', filetype: ' .. vim.bo.filetype })
  local first = vim.diagnostic.get(0)[1]
  table.insert(out.checks, { name = "README's Neovim snippet shows Kernel Lens diagnostics", ok = got, detail = first and (first.source or '') .. ': ' .. first.message:sub(1, 100) or 'no diagnostics' })
end)
if not ok then table.insert(out.checks, { name = 'README Neovim snippet run', ok = false, detail = tostring(err) }) end
local all = #out.checks > 0
for _, c in ipairs(out.checks) do all = all and c.ok end
out.ok = all
io.stdout:write(vim.json.encode(out) .. '\n')
io.stdout:flush()
for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
vim.cmd(all and 'qall!' or 'cquit 1')

-- Headless Neovim 0.7 (built-in LSP client) against the Kernel Lens server.
-- Usage (run.mjs does this):
--   KL_SERVER=dist/server.js KL_DOCKERFILE=/scratch/Dockerfile KL_EXPECT=test/e2e/expectations.json \
--     nvim --headless -u NONE -c 'luafile test/e2e/nvim/kernel-lens.lua'
-- Checks: a diagnostic (source + rule id + exact range), the FROM hover card, and a code action whose
-- edit is applied to the buffer (buffer text checked, then the diagnostic must go away).
-- Prints one JSON line {ok, checks:[{name, ok, detail}], timings_ms}; exits 0 only if every check passed.
local t0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
local WAIT = tonumber(os.getenv('KL_WAIT_MS') or '20000')
local out = { checks = {}, timings_ms = {} }

local function check(name, ok, detail)
  table.insert(out.checks, { name = name, ok = ok and true or false, detail = detail })
  return ok
end

local function finish()
  local all = #out.checks > 0
  for _, c in ipairs(out.checks) do all = all and c.ok end
  out.ok = all
  io.stdout:write(vim.json.encode(out) .. '\n')
  io.stdout:flush()
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  vim.cmd(all and 'qall!' or 'cquit 1')
end

local function plain(s)
  -- markdown emphasis and code marks do not matter for what a reader sees
  return (s:gsub('[%*_`]', ''))
end

local function range_text(bufnr, r)
  if r.start.line ~= r['end'].line then return nil end
  local line = vim.api.nvim_buf_get_lines(bufnr, r.start.line, r.start.line + 1, false)[1] or ''
  -- fixture lines are ASCII, so UTF-16 columns are byte columns
  return line:sub(r.start.character + 1, r['end'].character)
end

local ok, err = pcall(function()
  local expect = vim.json.decode(table.concat(vim.fn.readfile(assert(os.getenv('KL_EXPECT'), 'KL_EXPECT not set')), '\n'))
  local server = assert(os.getenv('KL_SERVER'), 'KL_SERVER not set')
  local node = os.getenv('KL_NODE') or 'node'
  local file = vim.fn.fnamemodify(assert(os.getenv('KL_DOCKERFILE'), 'KL_DOCKERFILE not set'), ':p')
  local latest = nil -- the server's last publishDiagnostics for our file (LSP-shaped, with data)
  local publishes = 0
  local client_id = vim.lsp.start_client({
    name = 'kernel-lens',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if vim.uri_to_fname(result.uri) == file then
          latest = result.diagnostics
          publishes = publishes + 1
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](e, result, ctx, config)
      end,
    },
  })
  if not check('server starts', client_id ~= nil, 'vim.lsp.start_client') then return end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'dockerfile' -- becomes the languageId of didOpen
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)

  local inited = vim.wait(WAIT, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end, 20)
  out.timings_ms.initialized = ms()
  if not check('initialize handshake', inited, 'within ' .. WAIT .. ' ms') then return end

  -- 1. diagnostic: source, rule id (code), exact range
  local want = expect.diagnostic
  local function find_diag()
    for _, d in ipairs(latest or {}) do
      if d.source == want.source and d.code == want.code then return d end
    end
  end
  vim.wait(WAIT, function() return find_diag() ~= nil end, 20)
  out.timings_ms.diagnostics = ms()
  local diag = find_diag()
  local seen = {}
  for _, d in ipairs(latest or {}) do table.insert(seen, (d.source or '?') .. '/' .. tostring(d.code) .. ' L' .. d.range.start.line) end
  out.diagnostics_seen = seen
  if check('diagnostic ' .. want.code, diag ~= nil, diag and diag.message or ('not published; saw: ' .. table.concat(seen, ', '))) then
    local txt = range_text(bufnr, diag.range)
    check('diagnostic range is `' .. want.text .. '` on line ' .. want.line,
      diag.range.start.line == want.line and txt == want.text,
      ('line %d, text %q'):format(diag.range.start.line, tostring(txt)))
    -- the same diagnostic through Neovim's own API (what the user sees in the sign column)
    local shown = false
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.lnum == want.line and d.source == want.source then shown = true end
    end
    check('diagnostic shown by vim.diagnostic', shown, 'vim.diagnostic.get')
  end

  -- 2. hover on the FROM line
  local h = expect.hover
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri }, position = { line = h.line, character = h.character },
  }, WAIT)
  out.timings_ms.hover = ms()
  local hv = res and res[client_id] and res[client_id].result
  local text = ''
  if hv then
    local c = hv.contents
    text = type(c) == 'string' and c or (c.value or vim.json.encode(c))
  end
  out.hover = text
  local missing = {}
  for _, s in ipairs(h.contains) do
    if not plain(text):lower():find(s:lower(), 1, true) then table.insert(missing, s) end
  end
  check('hover on FROM', hv ~= nil and #missing == 0,
    hv and (#missing == 0 and 'has: ' .. table.concat(h.contains, ', ') or 'missing: ' .. table.concat(missing, ', ')) or 'no hover')

  -- 3. code action: request with the server's own diagnostic as context, apply its edit, check the buffer
  if diag then
    local ca = expect.codeAction
    local r = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri }, range = diag.range, context = { diagnostics = { diag } },
    }, WAIT)
    local actions = r and r[client_id] and r[client_id].result or {}
    local titles, chosen = {}, nil
    for _, a in ipairs(actions) do
      table.insert(titles, a.title)
      if a.title == ca.title then chosen = a end
    end
    out.code_actions = titles
    out.timings_ms.code_actions = ms()
    if check('code action "' .. ca.title .. '" offered', chosen ~= nil and chosen.edit ~= nil,
      'offered: ' .. table.concat(titles, ' | ')) then
      local before = publishes
      vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
      local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
      out.buffer_after = lines
      local l = lines[ca.lineAfter + 1] or ''
      local nxt = lines[ca.lineAfter + 2] or ''
      check('code action edit applied to the buffer',
        l == ca.textAfter and nxt:sub(1, #ca.nextLineStartsWith) == ca.nextLineStartsWith,
        ('line %d = %q, next = %q'):format(ca.lineAfter, l, nxt))
      -- the edit reaches the server (didChange) and it re-validates: the diagnostic is gone
      local gone = vim.wait(WAIT, function() return publishes > before and find_diag() == nil end, 20)
      out.timings_ms.revalidated = ms()
      check('diagnostic gone after the fix', gone, gone and 're-published without ' .. want.code or 'still there')
    end
  end
end)
if not ok then check('script error', false, tostring(err)) end
finish()

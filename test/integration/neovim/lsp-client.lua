-- Neovim as dlint's LSP client, with the APIs Neovim 0.7 has (Debian 12's nvim):
--   DLINT_LSP_CMD='["dlint","lsp","--stdio"]' DOCKERFILE=path EXPECTED=codes FIX_CODE=rule EXPECTED_AFTER=codes \
--   nvim --headless --clean -c 'luafile lsp-client.lua'
-- Opens the Dockerfile, waits for dlint's diagnostics, checks their codes and lines (`rule@line`, sorted,
-- comma-separated), applies the preferred code action for FIX_CODE, waits for the re-lint, writes the buffer.
local env = vim.env
local function log(msg) io.stdout:write(msg .. '\n') end

local function codes(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out, string.format('%s@%d', d.code, d.lnum + 1))
  end
  table.sort(out)
  return table.concat(out, ',')
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return d end
  end
  return nil
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.DOCKERFILE))
  local bufnr = vim.api.nvim_get_current_buf()
  log('filetype: ' .. vim.bo[bufnr].filetype)
  local cmd = vim.fn.json_decode(env.DLINT_LSP_CMD)
  local client_id = vim.lsp.start_client({ name = 'dlint', cmd = cmd, root_dir = vim.fn.fnamemodify(env.DOCKERFILE, ':p:h') })
  assert(client_id, 'could not start ' .. table.concat(cmd, ' '))
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics within 60 s')
  log('diagnostics: ' .. codes(bufnr))
  assert(codes(bufnr) == env.EXPECTED, 'expected diagnostics ' .. env.EXPECTED)

  local target = has_code(bufnr, env.FIX_CODE)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
    context = { diagnostics = { target.user_data.lsp } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 60000)
  local preferred
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      log('code action: ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
      if action.isPreferred then preferred = action end
    end
  end
  assert(preferred, 'no preferred code action for ' .. env.FIX_CODE)
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')

  assert(vim.wait(60000, function() return not has_code(bufnr, env.FIX_CODE) end, 50), env.FIX_CODE .. ' still reported after its fix')
  log('after the fix: ' .. codes(bufnr))
  assert(codes(bufnr) == env.EXPECTED_AFTER, 'expected diagnostics after the fix ' .. env.EXPECTED_AFTER)
  vim.cmd('write')
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if ok then
  vim.cmd('qall!')
else
  io.stdout:write('FAILED: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end

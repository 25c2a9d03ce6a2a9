/* 範例校務行政系統（甲式）用戶端指令碼 — WebForms 時代風格，非模組。
 * 認證／退回、勾選的狀態存在 localStorage（鍵名在隱藏欄位 hfStateKey），重新整理後仍在。
 * 只用 textContent / createElement，不把資料當 HTML。 */
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }
  function stateKey() { var f = $('hfStateKey'); return f ? f.value : ''; }
  function today() { var f = $('hfToday'); return f ? f.value : ''; }
  function load() {
    try { return JSON.parse(localStorage.getItem(stateKey()) || '{}') || {}; } catch (e) { return {}; }
  }
  function save(state) { if (stateKey()) localStorage.setItem(stateKey(), JSON.stringify(state)); }
  function rowKey(tr) { var h = tr.querySelector('input.hfKey'); return h ? h.value : ''; }
  function setText(td, text, color) {
    while (td.firstChild) td.removeChild(td.firstChild);
    if (!text) { td.appendChild(document.createTextNode('\u00a0')); return; }
    if (color) {
      var font = document.createElement('font');
      font.setAttribute('color', color);
      font.textContent = text;
      td.appendChild(font);
    } else {
      td.appendChild(document.createTextNode(text));
    }
  }

  // ---- 認證 / 退回 (Certify.aspx) -------------------------------------------------------------
  var LABEL = { certified: '已認證', rejected: '認證未通過' };

  function applyDecision(tr, d) {
    var status = tr.querySelector('td.colStatus');
    var date = tr.querySelector('td.colDate');
    var reason = tr.querySelector('td.colReason');
    if (!status) return;
    setText(status, LABEL[d.status], d.status === 'rejected' ? '#CC0000' : '#006600');
    setText(date, d.at);
    setText(reason, d.status === 'rejected' ? d.reason : '');
  }

  function closeRefuseForms(grid) {
    var open = grid.querySelectorAll('tr.refuseForm');
    for (var i = 0; i < open.length; i++) open[i].parentNode.removeChild(open[i]);
  }

  function openRefuseForm(grid, tr) {
    closeRefuseForms(grid);
    var form = document.createElement('tr');
    form.className = 'refuseForm';
    var td = document.createElement('td');
    td.colSpan = tr.cells.length;
    var label = document.createElement('label');
    label.textContent = '退回原因：';
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'txtReason';
    input.size = 40;
    input.setAttribute('aria-label', '退回原因');
    label.appendChild(input);
    var ok = document.createElement('input');
    ok.type = 'button';
    ok.className = 'btn btnRefuseOk';
    ok.value = '確定退回';
    var cancel = document.createElement('input');
    cancel.type = 'button';
    cancel.className = 'btn btnRefuseCancel';
    cancel.value = '取消';
    var msg = document.createElement('span');
    msg.className = 'msg';
    var note = document.createElement('span');
    note.className = 'hint';
    note.textContent = '（請說明非本課程成果等理由；認證不評定品質或成績）';
    td.appendChild(label);
    td.appendChild(document.createTextNode(' '));
    td.appendChild(ok);
    td.appendChild(document.createTextNode(' '));
    td.appendChild(cancel);
    td.appendChild(msg);
    td.appendChild(note);
    form.appendChild(td);
    tr.parentNode.insertBefore(form, tr.nextSibling);
    input.focus();
    ok.onclick = function () {
      var reason = input.value.replace(/^\s+|\s+$/g, '');
      if (!reason) { msg.textContent = '　請填寫退回原因'; return; }
      decide(tr, { status: 'rejected', reason: reason, at: today() });
      closeRefuseForms(grid);
    };
    cancel.onclick = function () { closeRefuseForms(grid); };
    input.onkeydown = function (e) { if (e.key === 'Enter') { e.preventDefault(); ok.onclick(); } };
  }

  function decide(tr, d) {
    var state = load();
    state.decisions = state.decisions || {};
    state.decisions[rowKey(tr)] = d;
    save(state);
    applyDecision(tr, d);
  }

  function initCertify(grid) {
    var decisions = load().decisions || {};
    var rows = grid.rows;
    for (var i = 0; i < rows.length; i++) {
      var key = rowKey(rows[i]);
      if (key && decisions[key]) applyDecision(rows[i], decisions[key]);
    }
    grid.addEventListener('click', function (e) {
      var t = e.target;
      if (!t || !t.classList) return;
      var tr = t.closest('tr');
      if (t.classList.contains('btnCertify')) { closeRefuseForms(grid); decide(tr, { status: 'certified', at: today() }); }
      else if (t.classList.contains('btnRefuse')) openRefuseForm(grid, tr);
    });
  }

  // ---- 勾選 (Selection.aspx) ------------------------------------------------------------------
  function initSelection() {
    var boxes = document.querySelectorAll('input.chkSel');
    var selected = load().selected || {};
    for (var i = 0; i < boxes.length; i++) {
      if (Object.prototype.hasOwnProperty.call(selected, boxes[i].value)) boxes[i].checked = !!selected[boxes[i].value];
    }
    function count() {
      var pairs = [['ctl00_MainContent_gvOutcome', 'lblOutcomeCount'], ['ctl00_MainContent_gvPerf', 'lblPerfCount']];
      for (var j = 0; j < pairs.length; j++) {
        var grid = $(pairs[j][0]);
        if (grid && $(pairs[j][1])) $(pairs[j][1]).textContent = String(grid.querySelectorAll('input.chkSel:checked').length);
      }
    }
    function store() {
      var state = load();
      state.selected = {};
      for (var k = 0; k < boxes.length; k++) state.selected[boxes[k].value] = boxes[k].checked;
      save(state);
      count();
    }
    for (var b = 0; b < boxes.length; b++) boxes[b].addEventListener('change', store);
    var btn = $('btnSaveSel');
    if (btn) btn.addEventListener('click', function () { store(); $('lblMsg').textContent = '勾選結果已儲存。'; });
    count();
  }

  function init() {
    var form = $('aspnetForm');
    if (form) form.addEventListener('submit', function (e) { e.preventDefault(); });
    var reset = $('btnResetDemo');
    if (reset) {
      reset.addEventListener('click', function () {
        var prefix = stateKey();
        for (var i = localStorage.length - 1; i >= 0; i--) {
          var k = localStorage.key(i);
          if (k && (k === prefix || k.indexOf(prefix + '/') === 0)) localStorage.removeItem(k);
        }
        location.reload();
      });
    }
    var cert = $('ctl00_MainContent_gvCert');
    if (cert) initCertify(cert);
    if (document.querySelector('input.chkSel')) initSelection();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

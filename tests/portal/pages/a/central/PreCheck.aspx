<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>預檢結果 - 高級中等教育階段學生學習歷程資料庫</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./PreCheck.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/precheck">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>高級中等教育階段學生學習歷程資料庫</span><span class="who">提交人員：許文雄（093301）｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="#">名冊上傳</A>
<A href="/a/central/PreCheck.aspx" class="current">預檢結果查詢</A>
<A href="#">收訖明細下載</A>
</nav>
<TD valign="top" class="content-cell">
<h2>名冊預檢結果</h2>
<p class="hint">學校：093301 範例高級中學　提交學年度：114　請修正錯誤後重新上傳，直到預檢通過。</p>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvBatch" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">名冊別</TH><TH scope="col">上傳時間</TH><TH scope="col">資料筆數</TH><TH scope="col">預檢結果</TH><TH scope="col">錯誤筆數</TH></TR>
<TR class="gvRow"><TD>學生基本資料名冊<TD>114/09/12 09:41<TD>288<TD><FONT color="#CC0000">未通過</FONT><TD>3</TR>
<TR class="gvAlt"><TD>修課紀錄名冊<TD>114/09/26 15:02<TD>2376<TD><FONT color="#CC0000">未通過</FONT><TD>2</TR>
<TR class="gvRow"><TD>課程學習成果名冊<TD>115/01/23 11:20<TD>1480<TD><FONT color="#CC0000">未通過</FONT><TD>3</TR>
<TR class="gvAlt"><TD>幹部經歷名冊<TD>114/10/03 08:55<TD>312<TD><FONT color="#006600">通過</FONT><TD>0</TR>
<TR class="gvRow"><TD>多元表現名冊<TD>115/01/23 11:24<TD>2104<TD><FONT color="#CC0000">未通過</FONT><TD>2</TR>
</TABLE>

<h3>錯誤清單</h3>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvError" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">名冊別</TH><TH scope="col">列號</TH><TH scope="col">欄位</TH><TH scope="col">錯誤說明</TH></TR>
<TR class="gvRow"><TD>學生基本資料名冊<TD>111<TD>身分證號<TD>身分證號檢查碼錯誤（201 班 14 號）</TR>
<TR class="gvAlt"><TD>學生基本資料名冊<TD>245<TD>身分證號<TD>身分證號檢查碼錯誤（302 班 20 號）</TR>
<TR class="gvRow"><TD>學生基本資料名冊<TD>252<TD>身分證號<TD>身分證號檢查碼錯誤（302 班 27 號）</TR>
<TR class="gvAlt"><TD>修課紀錄名冊<TD>20<TD>課程代碼<TD>課程代碼不存在於課程計畫（113093301101004150101）</TR>
<TR class="gvRow"><TD>修課紀錄名冊<TD>29<TD>課程代碼<TD>課程代碼不存在於課程計畫（112093310101001020101）</TR>
<TR class="gvAlt"><TD>課程學習成果名冊<TD>101<TD>內容簡述<TD>內容簡述超過 100 字（152 字）</TR>
<TR class="gvRow"><TD>課程學習成果名冊<TD>102<TD>內容簡述<TD>內容簡述超過 100 字（125 字）</TR>
<TR class="gvAlt"><TD>課程學習成果名冊<TD>105<TD>內容簡述<TD>內容簡述超過 100 字（110 字）</TR>
<TR class="gvRow"><TD>多元表現名冊<TD>58<TD>檔案<TD>檔案格式不符（.docx）</TR>
<TR class="gvAlt"><TD>多元表現名冊<TD>77<TD>檔案<TD>影音檔超過 10 MB</TR>
</TABLE>
<p class="hint">共 10 筆</p>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

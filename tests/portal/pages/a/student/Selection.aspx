<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>勾選作業 - 範例高級中學校務行政系統</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./Selection.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/selection">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>範例高級中學　校務行政系統</span><span class="who">學生：陳柏翰（302 班 12 號）｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="#">基本資料</A>
<A href="#">修課紀錄</A>
<A href="/a/student/outcomes.html">課程學習成果</A>
<A href="/a/student/Performance.aspx">多元表現</A>
<A href="/a/student/Selection.aspx" class="current">勾選作業</A>
<A href="#">收訖明細</A>
</nav>
<TD valign="top" class="content-cell">
<h2>學習歷程勾選作業</h2>
<p class="hint">學號：112045　114 學年度。課程學習成果至多勾選 6 件，多元表現至多勾選 10 件，勾選後由學校提交至中央資料庫。</p>
<h3>課程學習成果（已勾選 <SPAN id="lblOutcomeCount">7</SPAN> 件）</h3>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvOutcome" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">勾選</TH><TH scope="col">學期</TH><TH scope="col">科目名稱</TH><TH scope="col">成果名稱</TH><TH scope="col">認證狀態</TH></TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl02_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl02$chkSel" class="chkSel" value="O-112045-1" checked="checked"><TD>114-1<TD>國語文<TD>古典小說人物分析報告<TD><FONT color="#006600">已認證</FONT></TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl03_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl03$chkSel" class="chkSel" value="O-112045-2" checked="checked"><TD>114-1<TD>英語文<TD>英文新聞摘要與評論<TD>未認證</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl04_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl04$chkSel" class="chkSel" value="O-112045-3" checked="checked"><TD>114-1<TD>數學A<TD>指數與對數函數探究<TD>未認證</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl05_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl05$chkSel" class="chkSel" value="O-112045-4" checked="checked"><TD>114-1<TD>藝術生活<TD>管樂社演出心得<TD><FONT color="#006600">已認證</FONT></TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl06_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl06$chkSel" class="chkSel" value="O-112045-5" checked="checked"><TD>114-1<TD>物理<TD>單擺週期實驗<TD><FONT color="#006600">已認證</FONT></TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl07_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl07$chkSel" class="chkSel" value="O-112045-6" checked="checked"><TD>114-1<TD>探究與實作<TD>校園空氣品質觀測<TD><FONT color="#CC0000" title="退回原因：檔案超過 4 MB，請壓縮後重新上傳">認證未通過</FONT></TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl08_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl08$chkSel" class="chkSel" value="O-112045-7"><TD>114-1<TD>多元選修：程式設計<TD>Python 成績統計小工具<TD>未認證</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvOutcome_ctl09_chkSel" type="checkbox" name="ctl00$MainContent$gvOutcome$ctl09$chkSel" class="chkSel" value="O-112045-8" checked="checked"><TD>114-1<TD>歷史<TD>臺灣日治時期交通史小論文<TD>未認證</TR>
</TABLE>

<h3>多元表現（已勾選 <SPAN id="lblPerfCount">12</SPAN> 件）</h3>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvPerf" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">勾選</TH><TH scope="col">類別</TH><TH scope="col">標題</TH><TH scope="col">資料來源</TH></TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl02_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl02$chkSel" class="chkSel" value="P-112045-01" checked="checked"><TD>幹部經歷<TD>302 班學藝股長<TD>學校登錄</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl03_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl03$chkSel" class="chkSel" value="P-112045-02" checked="checked"><TD>幹部經歷<TD>管樂社木管分部長<TD>學校登錄</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl04_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl04$chkSel" class="chkSel" value="P-112045-03" checked="checked"><TD>競賽參與<TD>全國高中數學能力競賽　佳作<TD>校外機構登錄</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl05_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl05$chkSel" class="chkSel" value="P-112045-04" checked="checked"><TD>檢定證照<TD>全民英檢中高級初試通過<TD>校外機構登錄</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl06_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl06$chkSel" class="chkSel" value="P-112045-05" checked="checked"><TD>志工服務<TD>淨灘志工服務<TD>學生上傳</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl07_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl07$chkSel" class="chkSel" value="P-112045-06" checked="checked"><TD>志工服務<TD>社區圖書館說故事志工<TD>學生上傳</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl08_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl08$chkSel" class="chkSel" value="P-112045-07" checked="checked"><TD>作品成果<TD>校慶音樂會演出錄影<TD>學生上傳</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl09_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl09$chkSel" class="chkSel" value="P-112045-08" checked="checked"><TD>彈性學習時間<TD>自主學習：機器學習入門<TD>學生上傳</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl10_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl10$chkSel" class="chkSel" value="P-112045-09" checked="checked"><TD>團體活動時間<TD>社團成果發表策展<TD>學生上傳</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl11_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl11$chkSel" class="chkSel" value="P-112045-10" checked="checked"><TD>作品成果<TD>個人網站作品集<TD>學生上傳</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl12_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl12$chkSel" class="chkSel" value="P-112045-11" checked="checked"><TD>競賽參與<TD>校內英文演講比賽　第二名<TD>學生上傳</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl13_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl13$chkSel" class="chkSel" value="P-112045-12" checked="checked"><TD>其他<TD>大學營隊：資訊工程體驗營<TD>學生上傳</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl14_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl14$chkSel" class="chkSel" value="P-112045-13"><TD>志工服務<TD>校慶服務隊<TD>學生上傳</TR>
<TR class="gvAlt"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl15_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl15$chkSel" class="chkSel" value="P-112045-14"><TD>作品成果<TD>攝影作品：校園四季<TD>學生上傳</TR>
<TR class="gvRow"><TD><INPUT id="ctl00_MainContent_gvPerf_ctl16_chkSel" type="checkbox" name="ctl00$MainContent$gvPerf$ctl16$chkSel" class="chkSel" value="P-112045-15"><TD>其他<TD>閱讀心得：人類大歷史<TD>學生上傳</TR>
</TABLE>

<P><INPUT type="button" id="btnSaveSel" class="btn" value="儲存勾選"> <SPAN id="lblMsg" class="msg"></SPAN></P>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

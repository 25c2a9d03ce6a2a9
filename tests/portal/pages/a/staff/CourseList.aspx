<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=big5">
<TITLE>開課資料維護 - 範例高級中學校務行政系統</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./CourseList.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/course-list">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>範例高級中學　校務行政系統</span><span class="who">教學組長：周美玲｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="/a/staff/CourseList.aspx" class="current">開課資料維護</A>
<A href="/a/staff/CourseCodeCheck.aspx">課程代碼比對</A>
<A href="/a/staff/Receipt.aspx">收訖確認狀態</A>
<A href="#">名冊匯出</A>
</nav>
<TD valign="top" class="content-cell">
<h2>開課資料維護</h2>
<p class="hint">學年度：114　<FONT color="#666666">（課程代碼依課程計畫平臺匯出之課程代碼檔匯入）</FONT></p>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvCourse" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">課程代碼</TH><TH scope="col">科目名稱</TH><TH scope="col">學分</TH><TH scope="col">年級</TH><TH scope="col">學期</TH><TH scope="col">開課班級</TH></TR>
<TR class="gvRow"><TD>114093301101001010101<TD>國語文<TD>4<TD>1<TD>1<TD>101、102、103
<TR class="gvAlt"><TD>114093301101001020101<TD>英語文<TD>4<TD>1<TD>1<TD>101、102、103
<TR class="gvRow"><TD>114093301101001030101<TD>數學<TD>4<TD>1<TD>1<TD>101、102、103
<TR class="gvAlt"><TD>114093301101001050101<TD>化學<TD>3<TD>1<TD>1<TD>101、102、103
<TR class="gvRow"><TD>114093301101001070101<TD>歷史<TD>2<TD>1<TD>1<TD>101、102、103
<TR class="gvAlt"><TD>114093301101001110101<TD>地理<TD>2<TD>1<TD>1<TD>101、102、103
<TR class="gvRow"><TD>114093301101001120101<TD>公民與社會<TD>2<TD>1<TD>1<TD>101、102、103
<TR class="gvAlt"><TD>114093301101001130101<TD>音樂<TD>1<TD>1<TD>1<TD>101、102、103
<TR class="gvRow"><TD>114093301101002050101<TD>探究與實作<TD>2<TD>1<TD>1<TD>101、102、103
<TR class="gvAlt"><TD>113093301101001010101<TD>國語文<TD>4<TD>2<TD>1<TD>201、202、203
<TR class="gvRow"><TD>113093301101001020101<TD>英語文<TD>4<TD>2<TD>1<TD>201、202、203
<TR class="gvAlt"><TD>113093301101001030101<TD>數學<TD>4<TD>2<TD>1<TD>201、202、203
<TR class="gvRow"><TD>113093301101001050101<TD>化學<TD>2<TD>2<TD>1<TD>201、202、203
<TR class="gvAlt"><TD>113093301101001110101<TD>地理與生活<TD>2<TD>2<TD>1<TD>201、202、203
<TR class="gvRow"><TD>113093301101001120101<TD>公民與社會<TD>2<TD>2<TD>1<TD>201、202、203
<TR class="gvAlt"><TD>113093301101001130101<TD>音樂<TD>1<TD>2<TD>1<TD>201、202、203
<TR class="gvRow"><TD>113093301101002050101<TD>探究與實作<TD>2<TD>2<TD>1<TD>201、202、203
<TR class="gvAlt"><TD>113093301101004140101<TD>多元選修：英語簡報<TD>2<TD>2<TD>1<TD>201–203 跨班
<TR class="gvRow"><TD>113093301101004150101<TD>多元選修：科學閱讀<TD>2<TD>2<TD>1<TD>201–203 跨班
<TR class="gvAlt"><TD>112093301101001010101<TD>國語文<TD>4<TD>3<TD>1<TD>301、302、303
<TR class="gvPager"><TD colspan="6"><TABLE border="0"><TR><TD><SPAN>1</SPAN></TD><TD><A href="CourseList.aspx?__EVENTTARGET=ctl00%24MainContent%24gvCourse&amp;__EVENTARGUMENT=Page%242">2</A></TD><TD><A href="CourseList.aspx?__EVENTTARGET=ctl00%24MainContent%24gvCourse&amp;__EVENTARGUMENT=Page%243">3</A></TD></TR></TABLE></TD></TR>
</TABLE>
<p class="hint">共 55 筆，第 1/3 頁</p>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

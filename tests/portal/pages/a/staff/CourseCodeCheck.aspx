<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>課程代碼比對結果 - 範例高級中學校務行政系統</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./CourseCodeCheck.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/course-code-check">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>範例高級中學　校務行政系統</span><span class="who">教學組長：周美玲｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="/a/staff/CourseList.aspx">開課資料維護</A>
<A href="/a/staff/CourseCodeCheck.aspx" class="current">課程代碼比對</A>
<A href="/a/staff/Receipt.aspx">收訖確認狀態</A>
<A href="#">名冊匯出</A>
</nav>
<TD valign="top" class="content-cell">
<h2>課程代碼比對</h2>
<TABLE border="0" cellpadding="2" class="info">
<TR><TD>比對學期：<TD>114 學年度第 1 學期
<TR><TD>比對時間：<TD>114/09/22 10:15
<TR><TD>執行人員：<TD>周美玲
<TR><TD>比對結果：<TD>相符 24 筆，<FONT color="#CC0000">不相符 4 筆</FONT>
</TABLE>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvCompare" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">課程代碼</TH><TH scope="col">科目名稱</TH><TH scope="col">學分</TH><TH scope="col">年級</TH><TH scope="col">學期</TH><TH scope="col">比對結果</TH><TH scope="col">說明</TH></TR>
<TR class="gvRow"><TD>114093301101001010101<TD>國語文<TD>4<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>114093301101001020101<TD>英語文<TD>4<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>114093301101001030101<TD>數學<TD>4<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>114093301101001050101<TD>化學<TD>3<TD>1<TD>1<TD><FONT color="#CC0000"><B>不相符</B></FONT><TD>學分不同（課程計畫：2）</TR>
<TR class="gvRow"><TD>114093301101001070101<TD>歷史<TD>2<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>114093301101001110101<TD>地理<TD>2<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>114093301101001120101<TD>公民與社會<TD>2<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>114093301101001130101<TD>音樂<TD>1<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>114093301101002050101<TD>探究與實作<TD>2<TD>1<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>113093301101001010101<TD>國語文<TD>4<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>113093301101001020101<TD>英語文<TD>4<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>113093301101001030101<TD>數學<TD>4<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>113093301101001050101<TD>化學<TD>2<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>113093301101001110101<TD>地理與生活<TD>2<TD>2<TD>1<TD><FONT color="#CC0000"><B>不相符</B></FONT><TD>科目名稱不同（課程計畫：地理）</TR>
<TR class="gvRow"><TD>113093301101001120101<TD>公民與社會<TD>2<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>113093301101001130101<TD>音樂<TD>1<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>113093301101002050101<TD>探究與實作<TD>2<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>113093301101004140101<TD>多元選修：英語簡報<TD>2<TD>2<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>113093301101004150101<TD>多元選修：科學閱讀<TD>2<TD>2<TD>1<TD><FONT color="#CC0000"><B>查無代碼</B></FONT><TD>課程計畫查無此課程代碼</TR>
<TR class="gvAlt"><TD>112093301101001010101<TD>國語文<TD>4<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>112093301101001020101<TD>英語文<TD>4<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>112093301101001030101<TD>數學A<TD>4<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>112093301101001040201<TD>物理<TD>2<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>112093301101001070101<TD>歷史<TD>2<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>112093301101001080101<TD>藝術生活<TD>2<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>112093301101002050101<TD>探究與實作<TD>2<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvRow"><TD>112093301101004060101<TD>多元選修：程式設計<TD>2<TD>3<TD>1<TD>相符<TD>&nbsp;</TR>
<TR class="gvAlt"><TD>112093310101001020101<TD>英語文<TD>4<TD>3<TD>1<TD><FONT color="#CC0000"><B>查無代碼</B></FONT><TD>課程計畫查無此課程代碼</TR>
</TABLE>
<p class="hint">共 28 筆</p>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>收訖明細確認狀態 - 範例高級中學校務行政系統</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./Receipt.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/receipt">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>範例高級中學　校務行政系統</span><span class="who">註冊組長：許文雄｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="/a/staff/CourseList.aspx">開課資料維護</A>
<A href="/a/staff/CourseCodeCheck.aspx">課程代碼比對</A>
<A href="/a/staff/Receipt.aspx" class="current">收訖確認狀態</A>
<A href="#">名冊匯出</A>
</nav>
<TD valign="top" class="content-cell">
<h2>收訖明細確認狀態</h2>
<p class="hint">113 學年度學習歷程資料提交後之收訖明細確認。第一階段：114/10/20～114/10/23　第二階段：114/10/27～114/10/28。期限內未回覆者視為確認。</p>
<p class="hint">班級：<A href="Receipt.aspx?__EVENTTARGET=ctl00%24MainContent%24ddlClass&amp;ddlClass=301">301</A>&nbsp;|&nbsp;<B>302</B>&nbsp;|&nbsp;<A href="Receipt.aspx?__EVENTTARGET=ctl00%24MainContent%24ddlClass&amp;ddlClass=303">303</A></p>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvReceipt" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">班級</TH><TH scope="col">座號</TH><TH scope="col">學號</TH><TH scope="col">姓名</TH><TH scope="col">身分證號</TH><TH scope="col">收訖確認</TH><TH scope="col">確認日期</TH><TH scope="col">疑義說明</TH></TR>
<TR class="gvRow"><TD>302<TD>1<TD>112034<TD>梁翰軒<TD>C177593744<TD>已確認<TD>114/10/21<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>2<TD>112035<TD>柯辰志<TD>K162411714<TD><FONT color="#CC0000">未確認</FONT><TD>&nbsp;<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>3<TD>112036<TD>魏心羽<TD>A244390144<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>4<TD>112037<TD>許佑承<TD>M124767049<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>5<TD>112038<TD>梁柏冠<TD>J122908700<TD>已確認<TD>114/10/22<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>6<TD>112039<TD>蔡軒俊<TD>C164962673<TD>已確認<TD>114/10/23<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>7<TD>112040<TD>蔡彥恆<TD>F155160780<TD>已確認<TD>114/10/23<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>7<TD>112040<TD>蔡彥恆<TD>F155160780<TD><FONT color="#CC0000">未確認</FONT><TD>&nbsp;<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>8<TD>112041<TD>詹書志<TD>Y192382940<TD><FONT color="#CC0000">有疑義</FONT><TD>114/10/20<TD>課程學習成果檔案名稱錯誤
<TR class="gvAlt"><TD>302<TD>9<TD>112042<TD>朱琪雨<TD>S204004637<TD><FONT color="#CC0000">有疑義</FONT><TD>114/10/23<TD>課程學習成果檔案名稱錯誤
<TR class="gvRow"><TD>302<TD>10<TD>112043<TD>莊豪子<TD>N175221655<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>11<TD>112044<TD>盧心宜<TD>X203946577<TD>已確認<TD>114/10/23<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>12<TD>112045<TD>陳柏翰<TD>B112599005<TD><FONT color="#CC0000">有疑義</FONT><TD>114/10/23<TD>幹部經歷學期有誤
<TR class="gvAlt"><TD>302<TD>13<TD>112046<TD>盧俊辰<TD>M127055788<TD><FONT color="#CC0000">未確認</FONT><TD>&nbsp;<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>14<TD>112047<TD>羅家睿<TD>E173861154<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>15<TD>112048<TD>陳廷軒<TD>F151440063<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>16<TD>112049<TD>洪翰佑<TD>G193013209<TD>已確認<TD>114/10/22<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>17<TD>112050<TD>楊羽妍<TD>B209401178<TD>已確認<TD>114/10/21<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>18<TD>112051<TD>呂佑宗<TD>P116347062<TD>已確認<TD>114/10/22<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>19<TD>112052<TD>劉若妍<TD>K286921077<TD><FONT color="#CC0000">未確認</FONT><TD>&nbsp;<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>20<TD>112053<TD>洪沛若<TD>F295333495<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>21<TD>112054<TD>黃語思<TD>R243834954<TD>已確認<TD>114/10/21<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>22<TD>112055<TD>梁書家<TD>G106830321<TD><FONT color="#CC0000">未確認</FONT><TD>&nbsp;<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>23<TD>112056<TD>許郁佳<TD>Y239991905<TD><FONT color="#CC0000">有疑義</FONT><TD>114/10/22<TD>課程學習成果檔案名稱錯誤
<TR class="gvRow"><TD>302<TD>24<TD>112057<TD>詹庭語<TD>B293364208<TD>已確認<TD>114/10/23<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>25<TD>112058<TD>蔡睿誠<TD>F106378174<TD><FONT color="#CC0000">未確認</FONT><TD>&nbsp;<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>26<TD>112059<TD>許羽雨<TD>F248205623<TD>已確認<TD>114/10/21<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>27<TD>112060<TD>劉庭品<TD>V232004910<TD>已確認<TD>114/10/23<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>28<TD>112061<TD>詹語心<TD>N243445856<TD>已確認<TD>114/10/21<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>29<TD>112062<TD>何晴芷<TD>G258244124<TD>已確認<TD>114/10/21<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>30<TD>112063<TD>游羽思<TD>P277584292<TD>已確認<TD>114/10/22<TD>&nbsp;
<TR class="gvAlt"><TD>302<TD>31<TD>112064<TD>曾冠傑<TD>A879024913<TD>已確認<TD>114/10/20<TD>&nbsp;
<TR class="gvRow"><TD>302<TD>32<TD>112065<TD>葉沛心<TD>G258225496<TD>已確認<TD>114/10/20<TD>&nbsp;
</TABLE>
<p class="hint">共 33 筆</p>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

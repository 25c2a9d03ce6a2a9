<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>課程學習成果認證 - 範例高級中學校務行政系統</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./Certify.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/certify">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>範例高級中學　校務行政系統</span><span class="who">教師：王怡君（英語文）｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="/a/teacher/Certify.aspx" class="current">課程學習成果認證</A>
<A href="#">課程諮詢紀錄</A>
<A href="#">成績登錄</A>
</nav>
<TD valign="top" class="content-cell">
<h2>課程學習成果認證</h2>
<p class="hint">任課教師：王怡君　114 學年度第 1 學期　待認證 <FONT color="#CC0000"><B>24</B></FONT> 件，認證期限：115/02/10（休業式後三週內）。<BR>
認證僅確認為學生本人修課之成果，不評定品質或成績；退回時請填寫原因。</p>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvCert" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">班級</TH><TH scope="col">座號</TH><TH scope="col">學號</TH><TH scope="col">姓名</TH><TH scope="col">科目名稱</TH><TH scope="col">課程代碼</TH><TH scope="col">成果名稱</TH><TH scope="col">簡述</TH><TH scope="col">檔案</TH><TH scope="col">上傳日期</TH><TH scope="col">認證狀態</TH><TH scope="col">認證日期</TH><TH scope="col">退回原因</TH><TH scope="col">功能</TH></TR>
<TR class="gvRow"><TD>201<TD>6<TD>113006<TD>徐雯思<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：永續時尚<TD>閱讀指定文本後整理重點與生字表，與同學互評並修改初稿。<TD><a href="#">英語簡報_永續時尚.mp3</a><br><span class="size">5.6 MB</span><TD>2025-12-07<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113006-04140101"></TR>
<TR class="gvAlt"><TD>201<TD>12<TD>113012<TD>柯萱靜<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：高中生睡眠<TD>反思學習過程中遇到的困難，在課堂上發表並回答同學提問，錄製兩分鐘口說練習。<TD><a href="#">英語簡報_高中生睡眠_12.jpg</a><br><span class="size">1777KB</span><TD>2026-01-03<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113012-04140101"></TR>
<TR class="gvRow"><TD>201<TD>28<TD>113028<TD>莊宇佑<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：永續時尚<TD>整理常用句型並舉例，引用課堂討論的觀點說明自己的看法，在課堂上發表並回答同學提問，錄製兩分鐘口說練習。<TD><a href="#">英語簡報_永續時尚.mp4</a><br><span class="size">16.0MB</span><TD>2025-12-04<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113028-04140101"></TR>
<TR class="gvAlt"><TD>202<TD>23<TD>113056<TD>廖恆俊<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：永續時尚<TD>以英文撰寫三百字心得，附上修改前後的版本對照，錄製兩分鐘口說練習，引用課堂討論的觀點說明自己的看法，說明下一步想加強的能力，在課堂上發表並回答同學提問，閱讀指定文本後整理重點與生字表，整理常用句型並舉例，反思學習過程中遇到的困難。<TD><a href="#">英語簡報_永續時尚.pdf</a><br><span class="size">3450KB</span><TD>2025-12-18<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113056-04140101"></TR>
<TR class="gvRow"><TD>202<TD>25<TD>113058<TD>賴柏宇<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：高中生睡眠<TD>反思學習過程中遇到的困難，蒐集相關新聞報導作為佐證，在課堂上發表並回答同學提問，以英文撰寫三百字心得。<TD><a href="#">英語簡報_高中生睡眠.pdf</a><br><span class="size">1.1MB</span><TD>2025-12-10<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113058-04140101"></TR>
<TR class="gvAlt"><TD>202<TD>29<TD>113062<TD>梁柏哲<TD>多元選修：英語簡報<TD>113093301101004140101<TD>Presentation: Plastic-free Campus<TD>整理常用句型並舉例，在課堂上發表並回答同學提問，錄製兩分鐘口說練習，附上修改前後的版本對照，引用課堂討論的觀點說明自己的看法，與同學互評並修改初稿，蒐集相關新聞報導作為佐證，以英文撰寫三百字心得，閱讀指定文本後整理重點與生字表，比較兩篇文章的寫作結構。<TD><a href="#">Presentation_P.mp4</a><br><span class="size">17.0 MB</span><TD>2025-12-17<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113062-04140101"></TR>
<TR class="gvRow"><TD>203<TD>1<TD>113067<TD>盧志廷<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：永續時尚<TD>與同學互評並修改初稿，整理常用句型並舉例，蒐集相關新聞報導作為佐證。<TD><a href="#">英語簡報_永續時尚.mp4</a><br><span class="size">11611KB</span><TD>2025-12-31<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113067-04140101"></TR>
<TR class="gvAlt"><TD>203<TD>11<TD>113077<TD>梁萱琪<TD>多元選修：英語簡報<TD>113093301101004140101<TD>Presentation: Plastic-free Campus<TD>蒐集相關新聞報導作為佐證，以英文撰寫三百字心得，整理常用句型並舉例。<TD><a href="#">Presentation_P.pdf</a><br><span class="size">2.3MB</span><TD>2025-12-07<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113077-04140101"></TR>
<TR class="gvRow"><TD>203<TD>28<TD>113094<TD>趙若思<TD>多元選修：英語簡報<TD>113093301101004140101<TD>英語簡報：高中生睡眠<TD>說明下一步想加強的能力，引用課堂討論的觀點說明自己的看法，反思學習過程中遇到的困難。<TD><a href="#">英語簡報_高中生睡眠.pdf</a><br><span class="size">1,006 KB</span><TD>2026-01-10<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-113094-04140101"></TR>
<TR class="gvAlt"><TD>301<TD>2<TD>112002<TD>何穎庭<TD>英語文<TD>112093301101001020101<TD>Podcast 聽力筆記<TD>在課堂上發表並回答同學提問，整理常用句型並舉例。<TD><a href="#">Podcast_聽力筆記_2.jpg</a><br><span class="size">2.5 MB</span><TD>2026-01-02<TD class="colStatus"><FONT color="#006600">已認證</FONT><TD class="colDate">2026-01-05<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-112002-01020101"></TR>
<TR class="gvRow"><TD>301<TD>3<TD>112003<TD>柯雯筱<TD>英語文<TD>112093301101001020101<TD>英文書信寫作<TD>附上修改前後的版本對照，蒐集相關新聞報導作為佐證。<TD><a href="#">英文書信寫作.pdf</a><br><span class="size">3086KB</span><TD>2025-12-31<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-112003-01020101"></TR>
<TR class="gvAlt"><TD>301<TD>12<TD>112012<TD>張豪辰<TD>英語文<TD>112093301101001020101<TD>TED 演講摘要<TD>錄製兩分鐘口說練習，在課堂上發表並回答同學提問，與同學互評並修改初稿，引用課堂討論的觀點說明自己的看法，蒐集相關新聞報導作為佐證，反思學習過程中遇到的困難，說明下一步想加強的能力，附上修改前後的版本對照，整理常用句型並舉例。<TD><a href="#">TED_演講摘要.pdf</a><br><span class="size">1.4MB</span><TD>2025-12-18<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-112012-01020101"></TR>
<TR class="gvRow"><TD>301<TD>14<TD>112014<TD>吳家佑<TD>英語文<TD>112093301101001020101<TD>English Short Story Response<TD>引用課堂討論的觀點說明自己的看法，閱讀指定文本後整理重點與生字表。<TD><a href="#">English_Short__14.jpg</a><br><span class="size">3032KB</span><TD>2025-12-31<TD class="colStatus"><FONT color="#006600">已認證</FONT><TD class="colDate">2026-01-03<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-112014-01020101"></TR>
<TR class="gvAlt"><TD>301<TD>22<TD>112022<TD>胡佑柏<TD>英語文<TD>112093301101001020101<TD>Podcast 聽力筆記<TD>以英文撰寫三百字心得，說明下一步想加強的能力，在課堂上發表並回答同學提問。<TD><a href="#">Podcast_聽力筆記.pdf</a><br><span class="size">3.1MB</span><TD>2026-01-06<TD class="colStatus">未認證<TD class="colDate">&nbsp;<TD class="colReason">&nbsp;<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-112022-01020101"></TR>
<TR class="gvRow"><TD>301<TD>24<TD>112024<TD>蔡瑜筱<TD>英語文<TD>112093301101001020101<TD>英文履歷撰寫練習<TD>說明下一步想加強的能力，比較兩篇文章的寫作結構，與同學互評並修改初稿，蒐集相關新聞報導作為佐證。<TD><a href="#">英文履歷撰寫練習.pdf</a><br><span class="size">6.8MB</span><TD>2026-01-07<TD class="colStatus"><FONT color="#CC0000">認證未通過</FONT><TD class="colDate">2026-01-09<TD class="colReason">內容太簡略，成績未達標準<TD class="colAction"><INPUT type="button" class="btn btnCertify" value="認證"> <INPUT type="button" class="btn btnRefuse" value="退回"><INPUT type="hidden" class="hfKey" value="U-112024-01020101"></TR>
<TR class="gvPager"><TD colspan="14"><TABLE border="0"><TR><TD><SPAN>1</SPAN></TD><TD><A href="Certify.aspx?__EVENTTARGET=ctl00%24MainContent%24gvCert&amp;__EVENTARGUMENT=Page%242">2</A></TD><TD><A href="Certify.aspx?__EVENTTARGET=ctl00%24MainContent%24gvCert&amp;__EVENTARGUMENT=Page%243">3</A></TD></TR></TABLE></TD></TR>
</TABLE>
<p class="hint">共 33 筆，第 1/3 頁</p>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

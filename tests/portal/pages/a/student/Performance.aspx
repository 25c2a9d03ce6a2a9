<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML lang="zh-Hant-TW">
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>多元表現 - 範例高級中學校務行政系統</TITLE>
<LINK rel="stylesheet" type="text/css" href="/portal.css">
<LINK rel="stylesheet" type="text/css" href="/a/a.css">
<SCRIPT type="text/javascript" src="/a/scripts/portal-a.js"></SCRIPT>
</HEAD>
<BODY class="style-a">
<FORM name="aspnetForm" method="post" action="./Performance.aspx" id="aspnetForm">
<DIV>
<INPUT type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzNjQ5ODQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBAIBDw8WAh4EVGV4dAUJ5pyq6KqN6K2JZGQCAw88KwARAgAPFgQeC18hRGF0YUJvdW5kZx4LXyFJdGVtQ291bnQCCGQBEBYAFgAWAGQYAQUeY3RsMDAkTWFpbkNvbnRlbnQkZ3ZSZXN1bHQPPCsADAEIAgFk">
<INPUT type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKm0P6aDQLs0bLrBgKM54rGBg==">
<INPUT type="hidden" id="hfStateKey" value="lp-portal/a/performance">
<INPUT type="hidden" id="hfToday" value="2026-01-26">
</DIV>
<header class="portal"><span>範例高級中學　校務行政系統</span><span class="who">學生：陳柏翰（302 班 12 號）｜系統日期：115/01/26｜<A href="#">登出</A></span></header>
<TABLE width="100%" border="0" cellpadding="0" cellspacing="0" class="layout">
<TR>
<TD class="menu-cell" valign="top" width="170"><nav class="menu">
<A href="#">基本資料</A>
<A href="#">修課紀錄</A>
<A href="/a/student/outcomes.html">課程學習成果</A>
<A href="/a/student/Performance.aspx" class="current">多元表現</A>
<A href="/a/student/Selection.aspx">勾選作業</A>
<A href="#">收訖明細</A>
</nav>
<TD valign="top" class="content-cell">
<h2>多元表現登錄</h2>
<p class="hint">學號：112045　學年度：<SELECT name="ctl00$MainContent$ddlYear"><OPTION selected value="114">114</OPTION><OPTION value="113">113</OPTION></SELECT>
　多元表現可於整學年上傳；學校登錄與校外機構登錄之資料由學校匯入，學生不得修改。</p>
<TABLE class="grid gv" cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvPerf" style="border-collapse:collapse;">
<TR class="gvHeader"><TH scope="col">多元表現類別</TH><TH scope="col">標題</TH><TH scope="col">簡述</TH><TH scope="col">證明文件</TH><TH scope="col">影音檔</TH><TH scope="col">外部連結</TH><TH scope="col">資料來源</TH><TH scope="col">上傳日期</TH><TH scope="col">功能</TH></TR>
<TR class="gvRow"><TD>幹部經歷<TD>302 班學藝股長<TD>114 學年度第 1 學期擔任班級學藝股長。<TD>&nbsp;<TD>&nbsp;<TD>&nbsp;<TD><FONT color="#666666">學校登錄</FONT><TD>2025-09-30<TD>&nbsp;<INPUT type="hidden" class="hfKey" value="P-112045-01"></TR>
<TR class="gvAlt"><TD>幹部經歷<TD>管樂社木管分部長<TD>負責木管分部練習排程與樂器借用登記。<TD>&nbsp;<TD>&nbsp;<TD>&nbsp;<TD><FONT color="#666666">學校登錄</FONT><TD>2025-10-15<TD>&nbsp;<INPUT type="hidden" class="hfKey" value="P-112045-02"></TR>
<TR class="gvRow"><TD>競賽參與<TD>全國高中數學能力競賽　佳作<TD>代表學校參加縣市複賽獲佳作。<TD><a href="#">數學競賽獎狀.pdf</a><br><span class="size">420 KB</span><TD>&nbsp;<TD>&nbsp;<TD><FONT color="#666666">校外機構登錄</FONT><TD>2025-11-20<TD>&nbsp;<INPUT type="hidden" class="hfKey" value="P-112045-03"></TR>
<TR class="gvAlt"><TD>檢定證照<TD>全民英檢中高級初試通過<TD>通過 GEPT 中高級初試（聽力、閱讀）。<TD><a href="#">GEPT成績單.jpg</a><br><span class="size">1.3MB</span><TD>&nbsp;<TD>&nbsp;<TD><FONT color="#666666">校外機構登錄</FONT><TD>2025-12-02<TD>&nbsp;<INPUT type="hidden" class="hfKey" value="P-112045-04"></TR>
<TR class="gvRow"><TD>志工服務<TD>淨灘志工服務<TD>參與海洋保育團體舉辦的淨灘活動，共服務 8 小時，並整理垃圾分類統計。<TD><a href="#">淨灘照片.heic</a><br><span class="size">2.6 MB</span><TD>&nbsp;<TD>&nbsp;<TD>學生上傳<TD>2025-10-05<TD><a href="#">編輯</a><INPUT type="hidden" class="hfKey" value="P-112045-05"></TR>
<TR class="gvAlt"><TD>志工服務<TD>社區圖書館說故事志工<TD>每月一次在社區圖書館為國小學童說故事。<TD><a href="#">志工服務證明.docx</a><br><span class="size">96KB</span><TD>&nbsp;<TD>&nbsp;<TD>學生上傳<TD>2025-11-08<TD><a href="#">編輯</a><INPUT type="hidden" class="hfKey" value="P-112045-06"></TR>
<TR class="gvRow"><TD>作品成果<TD>校慶音樂會演出錄影<TD>管樂社校慶音樂會演出片段，擔任長笛獨奏。<TD>&nbsp;<TD><a href="#">校慶演出.mp4</a><br><span class="size">15.2 MB</span><TD>&nbsp;<TD>學生上傳<TD>2025-11-30<TD><a href="#">編輯</a><INPUT type="hidden" class="hfKey" value="P-112045-07"></TR>
<TR class="gvAlt"><TD>彈性學習時間<TD>自主學習：機器學習入門<TD>自主學習計畫，完成線上課程並以 Python 實作手寫數字辨識，撰寫學習日誌與成果報告，說明模型調整的過程、遇到的過度擬合問題，以及改用資料增強後準確率提升的情形，並在成果發表會上向學弟妹分享學習方法與資源，獲得指導老師肯定。<TD><a href="#">自主學習成果.pdf</a><br><span class="size">2.2 MB</span><TD>&nbsp;<TD>&nbsp;<TD>學生上傳<TD>2026-01-12<TD><a href="#">編輯</a><INPUT type="hidden" class="hfKey" value="P-112045-08"></TR>
<TR class="gvRow"><TD>團體活動時間<TD>社團成果發表策展<TD>與社員共同策劃社團成果展，負責海報設計。<TD><a href="#">成果展海報.png</a><br><span class="size">1,450 KB</span><TD>&nbsp;<TD>&nbsp;<TD>學生上傳<TD>2025-12-10<TD><a href="#">編輯</a><INPUT type="hidden" class="hfKey" value="P-112045-09"></TR>
<TR class="gvAlt"><TD>作品成果<TD>個人網站作品集<TD>以 HTML 與 CSS 製作個人學習作品集網站。<TD>&nbsp;<TD>&nbsp;<TD><A href="#" title="https://portfolio.example.edu.tw/~bohan">https://portfolio.example.edu.tw/~bohan</A><TD>學生上傳<TD>2025-12-18<TD><a href="#">編輯</a><INPUT type="hidden" class="hfKey" value="P-112045-10"></TR>
<TR class="gvPager"><TD colspan="9"><TABLE border="0"><TR><TD><SPAN>1</SPAN></TD><TD><A href="Performance.aspx?__EVENTTARGET=ctl00%24MainContent%24gvPerf&amp;__EVENTARGUMENT=Page%242">2</A></TD></TR></TABLE></TD></TR>
</TABLE>
<p class="hint">共 15 筆，第 1/2 頁</p>
<DIV class="resetbar"><INPUT type="button" id="btnResetDemo" class="btn" value="重設範例資料"></DIV>
</TABLE>
</FORM>
</BODY>
</HTML>

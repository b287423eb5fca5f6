"""b02: FICTIONAL regular September meeting of the Quang Ninh Provincial People's Committee, 9-month review of 2025 (no date).

Fictional as a whole (people, figures and the meeting are invented), written by helper b
for the held-out reader test in Turkish, Czech and Hungarian, in the style of the site's
machine translations. No edition gives the meeting day (figures run to 30 September
2025; the deadlines are not the meeting date). Traps: tr writes the budget as
"38,65 trilyon VND" (38.65e12, the same amount as 38 650 billion), "185 binden fazla",
"28.400"; cs "mld.", "mil.", "tis.", "procenta" and a deadline in the instrumental case
("před 31. lednem 2026"); hu no-break spaces as thousands separators ("38 650",
"28 400"), "százalékát", "ezer"; a range "11–11,5 %" (labelled with its lower bound,
qualifier about: estimate) and a ratio 21/26.
"""

M9 = "first 9 months of 2025"
TITLE = ("Regular September meeting of the Quang Ninh Provincial People's Committee reviewing the "
         "socio-economic situation of the first 9 months of 2025")
KHOA = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
HA = ("Standing Vice Chairwoman of the Provincial People's Committee",)
QUYET = ("Vice Chairman of the Provincial People's Committee",)
TAI = ("Director of the Department of Finance",)
CHAU = ("Director of the Department of Tourism",)

STORY = {
    "id": "b02",
    "province": "Quang Ninh",
    "based_on": "fictional (helper b)",
    "events": {"b02": {"title": TITLE, "date": None}},
    "people": {
        "vu-dinh-khoa@quang-ninh": {"name": "Vu Dinh Khoa", "province": "Quang Ninh"},
        "ngo-thi-thu-ha@quang-ninh": {"name": "Ngo Thi Thu Ha", "province": "Quang Ninh"},
        "bui-van-quyet@quang-ninh": {"name": "Bui Van Quyet", "province": "Quang Ninh"},
        "dang-huu-tai@quang-ninh": {"name": "Dang Huu Tai", "province": "Quang Ninh"},
        "trinh-minh-chau@quang-ninh": {"name": "Trinh Minh Chau", "province": "Quang Ninh"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate year on year", "value": 10.85, "scale": 1,
                 "unit": "%", "period": M9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 38650, "scale": 1e9,
                   "unit": "VND", "qualifier": "over", "period": M9},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the annual estimate",
                       "value": 82.3, "scale": 1, "unit": "%", "period": M9},
        "disbursement": {"code": "public_investment_disbursement", "indicator": "public investment capital disbursed as share of plan",
                         "value": 58.7, "scale": 1, "unit": "%", "period": "by 30 September 2025"},
        "tourists": {"code": "tourism_arrivals", "indicator": "tourist arrivals", "value": 17.2, "scale": 1e6,
                     "unit": "people", "period": M9},
        "jobs": {"code": None, "indicator": "workers provided with jobs", "value": 28400, "scale": 1, "unit": "people",
                 "period": M9},
        "records": {"code": None, "indicator": "land-use records digitised", "value": 185, "scale": 1e3,
                    "unit": "records", "qualifier": "over"},
        "online": {"code": None, "indicator": "share of administrative procedure dossiers submitted online",
                   "value": 96.4, "scale": 1, "unit": "%"},
        "accidents": {"code": None, "indicator": "traffic accidents", "value": 123, "scale": 1, "unit": "cases",
                      "period": M9},
        "accidents_down": {"code": None, "indicator": "decrease in traffic accidents year on year", "value": 8.3,
                           "scale": 1, "unit": "%", "period": M9},
        "grdp_year": {"code": "grdp_growth", "indicator": "estimated full-year GRDP growth rate", "value": 11,
                      "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
        "targets": {"code": "targets_met", "indicator": "main targets expected to be achieved or exceeded", "value": 21,
                    "scale": 1, "unit": "targets", "qualifier": "about", "out_of": 26, "period": "by end of 2025"},
    },
    "editions": [],
}

TR = """Quang Ninh İl Halk Komitesi, 2025 yılının ilk 9 ayındaki sosyo-ekonomik durumu ve yılın son 3 ayına ilişkin görevleri değerlendirmek üzere eylül ayı olağan toplantısını gerçekleştirdi. Toplantıya İl Parti Komitesi Sekreter Yardımcısı ve İl Halk Komitesi Başkanı Yoldaş Vu Dinh Khoa başkanlık etti. Toplantıya İl Halk Komitesi Daimi Başkan Yardımcısı Bayan Ngo Thi Thu Ha ve İl Halk Komitesi Başkan Yardımcısı Bui Van Quyet de katıldı.

Raporu sunan Maliye Müdürlüğü Müdürü Dang Huu Tai, ilin gayri safi bölgesel hasılasının (GRDP) 2025 yılının ilk 9 ayında geçen yılın aynı dönemine göre %10,85 arttığını söyledi. Devlet bütçesi gelirleri 38,65 trilyon VND'nin üzerine çıkarak yıllık tahminin %82,3'üne ulaştı. 30 Eylül 2025 itibarıyla kamu yatırım sermayesinin ödenmesi planın %58,7'sine ulaştı. İl, 9 ayda 17,2 milyon ziyaretçiyi ağırladı ve 28.400 işçiye iş sağlandı.

Dijital dönüşüm alanında 185 binden fazla arazi kullanım kaydı dijitalleştirildi; idari işlem dosyalarının yüzde 96,4'ü çevrimiçi olarak sunuldu. İlde 9 ayda 123 trafik kazası meydana geldi; bu sayı geçen yılın aynı dönemine göre %8,3 azaldı. Kültür, eğitim ve sağlık alanlarında da olumlu sonuçlar elde edildi; sosyal güvenlik sağlandı, ulusal savunma ve güvenlik korundu.

Tüm yıl için GRDP büyümesinin %11-11,5 olacağı tahmin ediliyor; 2025 yılı sonuna kadar 21/26 ana hedefin gerçekleştirilmesi veya aşılması bekleniyor. Bununla birlikte, bazı büyük projelerde arazi temizliği hâlâ yavaş ilerliyor ve bazı yerel yönetimlerde kamu yatırımlarının ödenmesi planın gerisinde kalıyor.

Toplantıda Turizm Müdürlüğü Müdürü Trinh Minh Chau da söz aldı ve kış turizm sezonu için ürün yelpazesinin genişletilmesini önerdi; ayrıca Ha Long Körfezi çevresindeki turizm altyapısına yapılan yatırımların sürdürülmesi ve yerel halkın turizm hizmetlerine daha fazla katılması gerektiğini vurguladı.

Toplantıyı kapatan İl Halk Komitesi Başkanı Vu Dinh Khoa, müdürlüklerden, sektörlerden ve yerel yönetimlerden kamu yatırım sermayesinin tamamının ödenmesini 31 Ocak 2026'dan önce tamamlamalarını istedi. Başkan, Maliye Müdürlüğünü 2026 yılı devlet bütçesi tahminini 15 Kasım 2025'ten önce sunmakla görevlendirdi. İl Polisi, yılın son aylarında uyuşturucu suçlarıyla mücadeleyi yoğunlaştırmalıdır.

Kaynak: Quang Ninh Gazetesi"""

CS = """Lidový výbor provincie Quang Ninh uspořádal pravidelné zářijové zasedání, na kterém zhodnotil socioekonomickou situaci v prvních 9 měsících a úkoly na poslední 3 měsíce roku 2025. Zasedání předsedal soudruh Vu Dinh Khoa, zástupce tajemníka provinčního stranického výboru a předseda provinčního lidového výboru. Zasedání se zúčastnili také stálá místopředsedkyně provinčního lidového výboru Ngo Thi Thu Ha a místopředseda provinčního lidového výboru Bui Van Quyet.

Ředitel odboru financí Dang Huu Tai ve zprávě uvedl, že hrubý regionální domácí produkt (GRDP) v prvních 9 měsících roku 2025 vzrostl meziročně o 10,85 %. Příjmy státního rozpočtu přesáhly 38 650 mld. VND, což je 82,3 % ročního odhadu. K 30. září 2025 dosáhlo čerpání veřejných investic 58,7 % plánu. Provincie za 9 měsíců přivítala 17,2 mil. návštěvníků a práci získalo 28 400 pracovníků.

V oblasti digitální transformace bylo digitalizováno přes 185 tis. záznamů o užívání půdy; 96,4 procenta spisů správních řízení bylo podáno online. V provincii došlo za 9 měsíců ke 123 dopravním nehodám, což je meziročně o 8,3 % méně. Pozitivních výsledků bylo dosaženo také v oblasti kultury, školství a zdravotnictví; sociální zabezpečení bylo zajištěno, národní obrana a bezpečnost byly udrženy.

Růst GRDP za celý rok se odhaduje na 11–11,5 %; do konce roku 2025 se očekává splnění nebo překročení 21/26 hlavních cílů. Vyklízení pozemků u některých velkých projektů však stále postupuje pomalu a čerpání veřejných investic v některých obcích zaostává za plánem.

Na zasedání vystoupila také ředitelka odboru cestovního ruchu Trinh Minh Chau, která navrhla rozšířit nabídku produktů pro zimní turistickou sezónu.

Na závěr zasedání předseda provinčního lidového výboru Vu Dinh Khoa požádal odbory, resorty a obce, aby dokončily čerpání veškerého kapitálu veřejných investic před 31. lednem 2026. Odbor financí pověřil, aby do 15. listopadu 2025 předložil návrh státního rozpočtu na rok 2026. Provinční policie musí v posledních měsících roku zintenzivnit boj proti drogové trestné činnosti.

Zdroj: noviny Quang Ninh"""

HU = """Quang Ninh tartomány Népi Bizottsága megtartotta szeptemberi rendes ülését, amelyen értékelte a 2025. év első 9 hónapjának társadalmi-gazdasági helyzetét és az év utolsó 3 hónapjának feladatait. Az ülést Vu Dinh Khoa elvtárs, a tartományi pártbizottság titkárhelyettese, a tartományi népi bizottság elnöke vezette. Az ülésen részt vett Ngo Thi Thu Ha asszony, a tartományi népi bizottság állandó alelnöke és Bui Van Quyet, a tartományi népi bizottság alelnöke is.

A jelentést ismertető Dang Huu Tai, a Pénzügyi Főosztály igazgatója elmondta, hogy a tartomány bruttó regionális hazai terméke (GRDP) 2025 első 9 hónapjában az előző év azonos időszakához képest 10,85%-kal nőtt. Az állami költségvetési bevétel meghaladta a 38\u00a0650 milliárd VND-t, ami az éves előirányzat 82,3%-a. 2025. szeptember 30-ig a közberuházási tőke kifizetése elérte a terv 58,7%-át. A tartomány 9 hónap alatt 17,2 millió látogatót fogadott, és 28\u00a0400 munkavállaló jutott munkához.

A digitális átalakítás terén több mint 185 ezer földhasználati nyilvántartást digitalizáltak; a közigazgatási ügyiratok 96,4 százalékát online nyújtották be. A tartományban 9 hónap alatt 123 közlekedési baleset történt, ami 8,3%-kal kevesebb, mint egy évvel korábban. A kultúra, az oktatás és az egészségügy terén is pozitív eredmények születtek; a szociális biztonság biztosított, a honvédelem és a biztonság fennmaradt.

Az egész évre vonatkozó GRDP-növekedést 11–11,5%-ra becsülik; 2025 végéig várhatóan 21/26 fő célkitűzés teljesül vagy túlteljesül. Néhány nagy projektnél azonban továbbra is lassan halad a területek felszabadítása, és egyes településeken a közberuházások kifizetése elmarad a tervtől.

Az ülésen felszólalt Trinh Minh Chau, az Idegenforgalmi Főosztály igazgatója is, aki a téli turisztikai szezon kínálatának bővítését javasolta.

Az ülés zárásaként Vu Dinh Khoa, a tartományi népi bizottság elnöke felkérte a főosztályokat, ágazatokat és településeket, hogy 2026. január 31. előtt fejezzék be a teljes közberuházási tőke kifizetését. A Pénzügyi Főosztályt megbízta, hogy 2025. november 15-ig terjessze elő a 2026. évi állami költségvetési tervezetet. A tartományi rendőrségnek az év utolsó hónapjaiban fokoznia kell a kábítószer-bűnözés elleni harcot.

Forrás: Quang Ninh újság"""

PEOPLE = [
    ("vu-dinh-khoa@quang-ninh", "Vu Dinh Khoa", KHOA, "chair"),
    ("ngo-thi-thu-ha@quang-ninh", "Ngo Thi Thu Ha", HA, "attendee"),
    ("bui-van-quyet@quang-ninh", "Bui Van Quyet", QUYET, "attendee"),
    ("dang-huu-tai@quang-ninh", "Dang Huu Tai", TAI, "speaker"),
    ("trinh-minh-chau@quang-ninh", "Trinh Minh Chau", CHAU, "speaker"),
]
BASE = {"kind": "conference", "title": TITLE, "date": None, "location": "Quang Ninh province",
        "attendees": PEOPLE}
ISSUER = "vu-dinh-khoa@quang-ninh"
LOCAL = "Provincial departments, sectors and localities"
ACT_DISB = "Complete the disbursement of all public investment capital before 31 January 2026"
ACT_BUDGET = "Submit the 2026 state budget estimate before 15 November 2025"
ACT_POLICE = "Intensify the fight against drug crime in the last months of the year"

STORY["editions"] = [
    {"lang": "tr", "text": TR, "notes": "no date; 38,65 trilyon VND; 185 bin; %11-11,5", "meetings": [{**BASE,
        "kpis": [
            {"fact": "grdp", "evidence": "ilin gayri safi bölgesel hasılasının (GRDP) 2025 yılının ilk 9 ayında geçen yılın aynı dönemine göre %10,85 arttığını"},
            {"fact": "budget", "value": 38.65, "scale": 1e12, "evidence": "Devlet bütçesi gelirleri 38,65 trilyon VND'nin üzerine çıkarak"},
            {"fact": "budget_pct", "evidence": "Devlet bütçesi gelirleri 38,65 trilyon VND'nin üzerine çıkarak yıllık tahminin %82,3'üne ulaştı"},
            {"fact": "disbursement", "evidence": "30 Eylül 2025 itibarıyla kamu yatırım sermayesinin ödenmesi planın %58,7'sine ulaştı"},
            {"fact": "tourists", "evidence": "İl, 9 ayda 17,2 milyon ziyaretçiyi ağırladı"},
            {"fact": "jobs", "evidence": "28.400 işçiye iş sağlandı"},
            {"fact": "records", "evidence": "185 binden fazla arazi kullanım kaydı dijitalleştirildi"},
            {"fact": "online", "evidence": "idari işlem dosyalarının yüzde 96,4'ü çevrimiçi olarak sunuldu"},
            {"fact": "accidents", "evidence": "İlde 9 ayda 123 trafik kazası meydana geldi"},
            {"fact": "accidents_down", "evidence": "İlde 9 ayda 123 trafik kazası meydana geldi; bu sayı geçen yılın aynı dönemine göre %8,3 azaldı"},
            {"fact": "grdp_year", "evidence": "Tüm yıl için GRDP büyümesinin %11-11,5 olacağı tahmin ediliyor"},
            {"fact": "targets", "evidence": "2025 yılı sonuna kadar 21/26 ana hedefin gerçekleştirilmesi veya aşılması bekleniyor"},
        ],
        "directives": [
            (ISSUER, LOCAL, ACT_DISB, "2026-01-31",
             "Toplantıyı kapatan İl Halk Komitesi Başkanı Vu Dinh Khoa, müdürlüklerden, sektörlerden ve yerel yönetimlerden kamu yatırım sermayesinin tamamının ödenmesini 31 Ocak 2026'dan önce tamamlamalarını istedi."),
            (ISSUER, "Department of Finance", ACT_BUDGET, "2025-11-15",
             "Başkan, Maliye Müdürlüğünü 2026 yılı devlet bütçesi tahminini 15 Kasım 2025'ten önce sunmakla görevlendirdi."),
            (ISSUER, "Provincial Police", ACT_POLICE, None,
             "İl Polisi, yılın son aylarında uyuşturucu suçlarıyla mücadeleyi yoğunlaştırmalıdır."),
        ],
    }]},
    {"lang": "cs", "text": CS, "notes": "no date; mld./mil./tis.; deadline 'před 31. lednem 2026'", "meetings": [{**BASE,
        "kpis": [
            {"fact": "grdp", "evidence": "hrubý regionální domácí produkt (GRDP) v prvních 9 měsících roku 2025 vzrostl meziročně o 10,85 %"},
            {"fact": "budget", "evidence": "Příjmy státního rozpočtu přesáhly 38 650 mld. VND"},
            {"fact": "budget_pct", "evidence": "Příjmy státního rozpočtu přesáhly 38 650 mld. VND, což je 82,3 % ročního odhadu"},
            {"fact": "disbursement", "evidence": "K 30. září 2025 dosáhlo čerpání veřejných investic 58,7 % plánu"},
            {"fact": "tourists", "evidence": "Provincie za 9 měsíců přivítala 17,2 mil. návštěvníků"},
            {"fact": "jobs", "evidence": "práci získalo 28 400 pracovníků"},
            {"fact": "records", "evidence": "V oblasti digitální transformace bylo digitalizováno přes 185 tis. záznamů o užívání půdy"},
            {"fact": "online", "evidence": "96,4 procenta spisů správních řízení bylo podáno online"},
            {"fact": "accidents", "evidence": "V provincii došlo za 9 měsíců ke 123 dopravním nehodám"},
            {"fact": "accidents_down", "evidence": "V provincii došlo za 9 měsíců ke 123 dopravním nehodám, což je meziročně o 8,3 % méně"},
            {"fact": "grdp_year", "evidence": "Růst GRDP za celý rok se odhaduje na 11–11,5 %"},
            {"fact": "targets", "evidence": "do konce roku 2025 se očekává splnění nebo překročení 21/26 hlavních cílů"},
        ],
        "directives": [
            (ISSUER, LOCAL, ACT_DISB, "2026-01-31",
             "Na závěr zasedání předseda provinčního lidového výboru Vu Dinh Khoa požádal odbory, resorty a obce, aby dokončily čerpání veškerého kapitálu veřejných investic před 31. lednem 2026."),
            (ISSUER, "Department of Finance", ACT_BUDGET, "2025-11-15",
             "Odbor financí pověřil, aby do 15. listopadu 2025 předložil návrh státního rozpočtu na rok 2026."),
            (ISSUER, "Provincial Police", ACT_POLICE, None,
             "Provinční policie musí v posledních měsících roku zintenzivnit boj proti drogové trestné činnosti."),
        ],
    }]},
    {"lang": "hu", "text": HU, "notes": "no date; no-break space thousands; százalék; ezer", "meetings": [{**BASE,
        "kpis": [
            {"fact": "grdp", "evidence": "a tartomány bruttó regionális hazai terméke (GRDP) 2025 első 9 hónapjában az előző év azonos időszakához képest 10,85%-kal nőtt"},
            {"fact": "budget", "evidence": "Az állami költségvetési bevétel meghaladta a 38\u00a0650 milliárd VND-t"},
            {"fact": "budget_pct", "evidence": "Az állami költségvetési bevétel meghaladta a 38\u00a0650 milliárd VND-t, ami az éves előirányzat 82,3%-a"},
            {"fact": "disbursement", "evidence": "2025. szeptember 30-ig a közberuházási tőke kifizetése elérte a terv 58,7%-át"},
            {"fact": "tourists", "evidence": "A tartomány 9 hónap alatt 17,2 millió látogatót fogadott"},
            {"fact": "jobs", "evidence": "28\u00a0400 munkavállaló jutott munkához"},
            {"fact": "records", "evidence": "több mint 185 ezer földhasználati nyilvántartást digitalizáltak"},
            {"fact": "online", "evidence": "a közigazgatási ügyiratok 96,4 százalékát online nyújtották be"},
            {"fact": "accidents", "evidence": "A tartományban 9 hónap alatt 123 közlekedési baleset történt"},
            {"fact": "accidents_down", "evidence": "A tartományban 9 hónap alatt 123 közlekedési baleset történt, ami 8,3%-kal kevesebb"},
            {"fact": "grdp_year", "evidence": "Az egész évre vonatkozó GRDP-növekedést 11–11,5%-ra becsülik"},
            {"fact": "targets", "evidence": "2025 végéig várhatóan 21/26 fő célkitűzés teljesül vagy túlteljesül"},
        ],
        "directives": [
            (ISSUER, LOCAL, ACT_DISB, "2026-01-31",
             "Az ülés zárásaként Vu Dinh Khoa, a tartományi népi bizottság elnöke felkérte a főosztályokat, ágazatokat és településeket, hogy 2026. január 31. előtt fejezzék be a teljes közberuházási tőke kifizetését."),
            (ISSUER, "Department of Finance", ACT_BUDGET, "2025-11-15",
             "A Pénzügyi Főosztályt megbízta, hogy 2025. november 15-ig terjessze elő a 2026. évi állami költségvetési tervezetet."),
            (ISSUER, "Provincial Police", ACT_POLICE, None,
             "A tartományi rendőrségnek az év utolsó hónapjaiban fokoznia kell a kábítószer-bűnözés elleni harcot."),
        ],
    }]},
]

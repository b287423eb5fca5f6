"""Hand-labelled records of the five seed articles, as a gold labeller would write them.

Used by the validator, CLI and mutation-benchmark tests until (and beside) the gold
files in corpus/gold. Every figure here was read off the article by a person; the
validators must find no error in them.
"""

from __future__ import annotations

from pathlib import Path

from extractor.schemas import ArticleExtraction

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def article_text(article_id: str) -> str:
    return (CORPUS / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")


def _kpi(indicator, value, unit, evidence, scale=1.0, qualifier="exact", out_of=None,
         period=None, target=None):
    return dict(indicator=indicator, value=value, unit=unit, scale=scale, qualifier=qualifier,
                out_of=out_of, period=period, target=target, evidence=evidence)


def _person(name, name_in_text, role="attendee", titles=()):
    return dict(name=name, name_in_text=name_in_text, role=role, titles=list(titles))


SAMPLES: dict[str, dict] = {
    "000_84a0ffaa082859e8": dict(
        language="pl",
        meetings=[dict(
            kind="working_session",
            title="Provincial Party Secretary works with Quan Son district",
            date="2024-07-17",
            location="Quan Son district",
            attendees=[
                _person("Do Trong Hung", "Do Trong Hung", "chair"),
                _person("Nguyen Van Thi", "Nguyen Van Thi", "chair"),
                _person("Luong Thi Hanh", "Luong Thi Hanh", "speaker"),
                _person("Pham Nguyen Hong", "Pham Nguyen Hong", "speaker"),
                _person("Nguyen Van Tu", "Nguyen Van Tu", "speaker"),
            ],
            kpis=[
                _kpi("resolution targets achieved and exceeded", 9, "targets",
                     "Do tej pory 9 celów Rezolucji Kongresu zostało zrealizowanych i przekroczyło ustalony plan."),
                _kpi("targets expected to be achieved by end of 2025", 23, "targets",
                     "Oczekuje się, że do końca 2025 roku 23 cele zostaną zrealizowane i przekroczą plan, a 4 cele będą trudne do osiągnięcia.",
                     period="2025"),
                _kpi("targets difficult to achieve", 4, "targets",
                     "a 4 cele będą trudne do osiągnięcia", period="2025"),
                _kpi("average production value growth rate", 4.55, "%",
                     "średnie tempo wzrostu wartości produkcji od 2021 r. do końca 2023 r. wyniosło 4,55% (cel wyznaczony w Uchwale wynosił 12,5%)",
                     period="2021-2023", target=12.5),
                _kpi("communes meeting new rural standards", 2, "communes",
                     "Do tej pory w całym regionie znajdują się 2 gminy i 57 wsi spełniających standardy NWR"),
                _kpi("villages meeting new rural standards", 57, "villages",
                     "Do tej pory w całym regionie znajdują się 2 gminy i 57 wsi spełniających standardy NWR"),
                _kpi("villages meeting model new rural standards", 9, "villages",
                     "w tym 9 wsi spełniających modelowe standardy NWR"),
                _kpi("certified 3-star OCOP products", 9, "products",
                     "certyfikowano 9 produktów OCOP z 3 gwiazdkami"),
                _kpi("total social investment capital mobilized", 1861, "VND",
                     "Łączny kapitał inwestycji społecznych zmobilizowany do 2023 r. osiągnął 1861 mld VND",
                     scale=1e9, period="to 2023"),
                _kpi("communes meeting new rural standards this term", 0, "communes",
                     "w tej kadencji nie spełniła ich żadna gmina (podczas gdy celem jest 8 gmin)",
                     target=8),
                _kpi("poverty rate", 30.02, "%", "pozostaje wysoki (30,02%, drugi najwyższy w prowincji)"),
                _kpi("targets of the district Party Congress resolution", 27, "targets",
                     "zwłaszcza 27 celów, 3 kluczowych programów i 3 przełomów"),
            ],
            directives=[dict(
                issuer="Do Trong Hung", addressee="Quan Son District Party Committee",
                action="Urgently review the main targets and tasks of the 6th District Party Congress resolution",
                deadline=None,
                evidence="okręg musi pilnie przeprowadzić kompleksowy przegląd głównych celów i zadań określonych w Uchwale 6. Okręgowego Kongresu Partii",
            )],
        )],
    ),
    "001_ea5dfece83b2c6ba": dict(
        language="ar",
        meetings=[dict(
            kind="working_session",
            title="Deputy Provincial Party Secretary works with Hau Loc district",
            date="2024-04-11",
            location="Hau Loc district",
            attendees=[
                _person("Trinh Tuan Sinh", "ترينه توان سينه", "chair"),
                _person("Pham Thi Thanh Thuy", "فام ثي ثانه ثوي", "speaker"),
                _person("Mai Xuan Liem", "ماي شوان ليم", "speaker"),
                _person("Hoang Anh Tuan", "هوانج آنه توان", "speaker"),
            ],
            kpis=[
                _kpi("average production value growth rate", 4.78, "%",
                     "متوسط معدل نمو قيمة الإنتاج خلال 3 سنوات بلغ 4.78%", period="3 years"),
                _kpi("production value", 14963, "VND",
                     "بلغ حجم قيمة الإنتاج في عام 2023 14,963 مليار دونج", scale=1e9, period="2023"),
                _kpi("production value growth compared with 2020", 23, "%",
                     "بزيادة قدرها 23% مقارنة بعام 2020", period="2023"),
                _kpi("average income per capita", 59.27, "VND",
                     "في عام 2023 ارتفع إلى 59.27 مليون دونج", scale=1e6, period="2023"),
                _kpi("average income per capita increase compared with start of term", 34.3, "%",
                     "بزيادة قدرها 34.3% مقارنة ببداية الفترة"),
                _kpi("land accumulated and concentrated", 680, "hectares",
                     "أكثر من 680 هكتارًا من الأراضي، لتصل إلى 87.8٪ من الخطة", qualifier="over"),
                _kpi("land accumulation as percentage of plan", 87.8, "%",
                     "أكثر من 680 هكتارًا من الأراضي، لتصل إلى 87.8٪ من الخطة"),
                _kpi("export growing areas established", 6, "areas", "إنشاء 6 مناطق تصديرية متنامية"),
                _kpi("high-value production chains developed", 9, "chains",
                     "تطوير 9 سلاسل إنتاج ذات قيمة اقتصادية عالية"),
                _kpi("communes meeting new rural standards", 21, "communes",
                     "يوجد في المنطقة 21/21 بلدية تلبي معايير NTM", out_of=21),
                _kpi("advanced new rural communes", 4, "communes", "و4 بلديات NTM متقدمة"),
                _kpi("villages meeting new rural standards", 118, "villages",
                     "118 قرية تلبي معايير NTM، وهو ما يمثل 89.4٪"),
                _kpi("share of villages meeting new rural standards", 89.4, "%",
                     "118 قرية تلبي معايير NTM، وهو ما يمثل 89.4٪"),
                _kpi("model new rural villages", 21, "villages",
                     "21 قرية ريفية نموذجية جديدة، تمثل 15.9٪"),
                _kpi("share of model new rural villages", 15.9, "%",
                     "21 قرية ريفية نموذجية جديدة، تمثل 15.9٪"),
                _kpi("development investment capital mobilized", 13068, "VND",
                     "حيث بلغ إجمالي رأس مال الاستثمار التنموي المعبأ في الفترة 2020-2023 13068 مليار دونج",
                     scale=1e9, period="2020-2023"),
                _kpi("total budget revenue", 1304, "VND",
                     "بلغ إجمالي الإيرادات الميزانية في المنطقة في الفترة 2021-2023 أكثر من 1304 مليار دونج",
                     scale=1e9, qualifier="over", period="2021-2023"),
            ],
            directives=[dict(
                issuer="Trinh Tuan Sinh", addressee="Hau Loc District Party Committee",
                action="Review the main targets of the 27th District Party Congress resolution",
                deadline=None,
                evidence="تحتاج المنطقة إلى مراجعة شاملة للأهداف والأهداف الرئيسية لقرار مؤتمر الحزب السابع والعشرين",
            )],
        )],
    ),
    "002_875932fb6ed4ed16": dict(
        language="uk",
        meetings=[dict(
            kind="conference",
            title="Mid-term review of the district Party Congress resolution",
            date=None,
            location=None,
            attendees=[_person("Le Duc Tho", "Ле Дик Тхо", "chair")],
            kpis=[
                _kpi("resolution targets exceeded", 4, "targets", "перевиконано 4/34 цілі", out_of=34),
                _kpi("resolution targets achieved 100%", 3, "targets", "3/34 цілі досягнуто на 100%", out_of=34),
                _kpi("resolution targets achieved over 50%", 20, "targets", "20/34 цілі досягнуто понад 50%", out_of=34),
                _kpi("resolution targets achieved under 50%", 7, "targets", "7/34 цілі досягнуто менше ніж 50%", out_of=34),
                _kpi("projects and works proposed in the resolution", 11, "projects",
                     "відповідальність за 11 проектів та робіт, запропонованих у Резолюції"),
            ],
            directives=[dict(
                issuer="Le Duc Tho", addressee="district Party Committee",
                action="Build a strong Party in politics, ideology, organization and cadre ethics",
                evidence="звернути увагу на керівництво роботою з побудови сильної партії з точки зору політики, ідеології, організації та кадрової етики",
            )],
        )],
    ),
    "003_286f9ef8ca64527d": dict(
        language="pl",
        meetings=[dict(
            kind="conference",
            title="Second conference of the Provincial Party Executive Committee, term XX",
            date=None,
            location="Cao Bang",
            attendees=[
                _person("Quan Minh Cuong", "Quan Minh Cuong", "chair"),
                _person("Be Thanh Tinh", "Be Thanh Tinh", "chair"),
                _person("Vu Hong Quang", "Vu Hong Quang", "chair"),
                _person("Le Hai Hoa", "Le Hai Hoa", "chair"),
            ],
            kpis=[
                _kpi("GRDP growth", 6.52, "%",
                     "Całkowity produkt prowincji (GRDP) w ciągu pierwszych 9 miesięcy wzrósł o 6,52%.",
                     period="first 9 months of 2025"),
                _kpi("import-export turnover", 1299, "USD",
                     "Całkowite obroty importowo-eksportowe wyniosły ponad 1 299 mln USD",
                     scale=1e6, qualifier="over", period="first 9 months of 2025"),
                _kpi("import-export turnover growth year on year", 77, "%",
                     "co stanowi wzrost o 77% w porównaniu z analogicznym okresem ubiegłego roku"),
                _kpi("import-export turnover exceeding plan", 45, "%", "przekraczając 45% planu"),
                _kpi("budget revenue", 3312, "VND",
                     "Całkowite dochody budżetowe do 12 października 2025 r. osiągnęły ponad 3 312 mld VND",
                     scale=1e9, qualifier="over", period="to 12 October 2025"),
                _kpi("budget revenue exceeding central estimate", 69, "%",
                     "przekraczając 69% centralnego szacunku budżetowego"),
                _kpi("budget revenue growth year on year", 69, "%",
                     "co stanowi wzrost o 69% w porównaniu z analogicznym okresem ubiegłego roku. Całkowita"),
                _kpi("tourist arrivals growth", 59.4, "%", "Całkowita liczba przyjazdów turystów wzrosła o 59,4%"),
                _kpi("tourism revenue growth", 104, "%", "całkowite przychody z turystyki wzrosły o 104%"),
                _kpi("commune-level administrative units organized", 56, "units",
                     "Województwo zakończyło proces organizacji 56 jednostek administracyjnych szczebla gminnego (53 gminy, 3 okręgi)"),
                _kpi("administrative procedures published", 2100, "procedures",
                     "Całe województwo nagłośniło i wdrożyło 2100 procedur administracyjnych"),
                _kpi("rate of correct and timely settlement at commune level", 99, "%",
                     "wskaźnik poprawnych i terminowych rozstrzygnięć na poziomie gminnym przekroczył 99%",
                     qualifier="over"),
            ],
            directives=[dict(
                issuer="Quan Minh Cuong", addressee="all levels, sectors and units",
                action="Implement the 11 key groups of tasks",
                evidence="Zaapelował do wszystkich szczebli, sektorów i jednostek o wdrożenie 11 kluczowych grup zadań w najbliższym czasie.",
            )],
        )],
    ),
    "004_864989ccc595ae6a": dict(
        language="no",
        meetings=[dict(
            kind="conference",
            title="Steering committee conference on Resolution 11-NQ/TW",
            date=None,
            location="Dien Bien",
            attendees=[
                _person("Tran Quoc Cuong", "Tran Quoc Cuong", "chair"),
                _person("Mua A Son", "Mua A Son", "chair"),
                _person("Le Thanh Do", "Le Thanh Do", "speaker"),
                _person("Lo Van Phuong", "Lo Van Phuong", "chair"),
            ],
            kpis=[
                _kpi("average GRDP growth rate", 9, "%/year",
                     "den gjennomsnittlige GRDP-vekstraten i perioden 2021-2023 er anslått til over 9 %/år",
                     qualifier="over", period="2021-2023"),
                _kpi("GRDP growth rate", 10, "%", "i 2023 er GRDP-vekstraten anslått til over 10 %",
                     qualifier="over", period="2023"),
                _kpi("GRDP per capita", 46, "VND/year",
                     "den gjennomsnittlige GRDP per innbygger er over 46 millioner VND/år",
                     scale=1e6, qualifier="over", period="2023"),
                _kpi("poverty rate", 26, "%",
                     "fattigdomsraten i henhold til den nye fattigdomsstandarden har sunket til over 26 %",
                     qualifier="over"),
                _kpi("communes meeting advanced new rural standards", 2, "communes",
                     "provinsen innen utgangen av 2023 vil ha 2 kommuner som oppfyller de avanserte nye standardene for landbruk",
                     qualifier="about", period="2023"),
                _kpi("communes meeting new rural standards", 56, "communes",
                     "56 kommuner har oppfylt eller i hovedsak oppfylt de nye standardene for landbruk",
                     period="2023"),
            ],
            directives=[
                dict(issuer="Tran Quoc Cuong", addressee="Provincial People's Committee",
                     action="Develop the steering committee's 2024 action plan and work programme",
                     deadline="2023-12-31",
                     evidence="med ferdigstillelsestid før 31. desember 2023"),
                dict(issuer="Tran Quoc Cuong", addressee="Provincial People's Committee",
                     action="Accelerate the traffic road project along national highways 279 and 12",
                     deadline="2024-12-31",
                     evidence="med mål om å fullføre før 31. desember 2024"),
            ],
        )],
    ),
}


def sample(article_id: str) -> ArticleExtraction:
    data = dict(SAMPLES[article_id])
    return ArticleExtraction.model_validate({"article_id": article_id, **data})


def all_samples() -> list[ArticleExtraction]:
    return [sample(a) for a in SAMPLES]

"""A deterministic synthetic corpus for measuring speed at scale (not for judging accuracy).

Articles are composed from varied templates and the reference seeds: engagements of every kind
in several date styles and month sets, some reported by more than one article (so merging is
exercised), tally sentences, filler prose and site furniture. The same seed gives the same
corpus. `article` gives short articles (about 600 characters); `real_sized_article` gives
articles shaped like the real ones in seeds/ (about 3,000 characters in ten or so paragraphs,
with a caption, blank lines, several dated engagements, names, counts and furniture at a
similar density per character). `date_cases` gives sentences with known dates for the
dateparser comparison.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sdw.extraction.reference import Reference, default_reference, home_country
from sdw.settings import SEEDS_DIR


def _seed_rows(name: str) -> list[dict[str, str]]:
    with open(SEEDS_DIR / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _month_sets() -> list[list[str]]:
    """Each family of outlets' twelve month names as month_names.csv spells them: the family's
    own name where its name_set names the family, else the name the seed gives first."""
    rows = _seed_rows("month_names.csv")
    sets = []
    for family in ("moroccan", "egyptian_gulf", "levantine", "tunisian"):
        names = []
        for month in range(1, 13):
            candidates = [row for row in rows if int(row["month"]) == month]
            own = [row for row in candidates if family in row["name_set"]]
            names.append((own or candidates)[0]["name"])
        sets.append(names)
    return sets


MONTH_SETS = _month_sets()  # Moroccan, Egyptian/Gulf, Levantine, Algerian/Tunisian
WEEKDAYS = [row["name"] for row in sorted(_seed_rows("weekday_names.csv"), key=lambda row: int(row["weekday"]))]
HOME_PLACES = ["الرباط", "تمارة", "الدار البيضاء", "مراكش"]

EVENT_TEMPLATES = {
    "hosted_visit": [
        "استقبل المدير العام للأمن الوطني ومراقبة التراب الوطني، "
        "عبد اللطيف حموشي، {date} ب{home}، {official} {demonym_m}.",
        "قام {official} {demonym_m} بزيارة عمل إلى المغرب {date}، أجرى خلالها مباحثات مع عبد اللطيف حموشي.",
        "حل وفد أمني {demonym_m} رفيع المستوى ب{home} {date} حيث التقى حموشي لبحث سبل التعاون.",
    ],
    "visit_abroad": [
        "توجه عبد اللطيف حموشي {date} إلى {capital} في زيارة عمل التقى خلالها {official} {demonym_m}.",
        "حل حموشي {date} ب{country} في زيارة رسمية لتعزيز التعاون الأمني.",
        "قام المدير العام للأمن الوطني بزيارة عمل إلى {country} {date}، عقد خلالها جلسات عمل مع نظرائه.",
    ],
    "conference": [
        "شارك حموشي {date} في أشغال المؤتمر الدولي للأمن المنعقد ب{capital}.",
        "ترأس حموشي وفد المغرب في أشغال الدورة السنوية لمنتدى قادة الأجهزة الأمنية المنعقد بمدينة {capital} {date}.",
    ],
    "agreement": [
        "وقع حموشي {date} مذكرة تفاهم مع {official} {demonym_m} في مجال مكافحة الإرهاب.",
    ],
    "honor": [
        "وشح {head} {demonym_m} عبد اللطيف حموشي {date} بوسام رفيع تقديرا لجهوده.",
    ],
}
OFFICIALS = ["المدير العام للشرطة", "رئيس جهاز المخابرات", "وزير الداخلية", "مدير الأمن العام", "قائد الحرس الوطني"]
HEADS = ["الرئيس", "العاهل", "رئيس الوزراء"]
FILLER = [
    "ويأتي هذا في إطار تعزيز التعاون الثنائي في مجال مكافحة الإرهاب والجريمة المنظمة العابرة للحدود.",
    "وتناولت المباحثات تبادل المعلومات والخبرات وتنسيق الجهود لمواجهة التهديدات المشتركة.",
    "وأشاد الجانبان بمستوى التعاون الأمني القائم بين البلدين والنتائج الهامة المحققة.",
    "ويحظى النموذج الأمني المغربي بإشادة دولية واسعة بفضل مقاربته الاستباقية.",
    "وتعمل المديرية العامة للأمن الوطني على تحديث منظومتها وتطوير قدرات عناصرها.",
]
FURNITURE = ["رابط مختصر", "اترك تعليقا", "اقرأ أيضا: حموشي يستقبل وفدا أمنيا", "شارك هذا المقال"]
# Longer prose of the kind the real articles carry between their engagements: parties, bodies,
# titles and years named, no engagement of its own.
CONTEXT = [
    "وتناولت المباحثات سبل تعزيز التعاون الثنائي بين المديرية العامة للأمن الوطني ونظيرتها {demonym_f}، "
    "خاصة في مجالات مكافحة الإرهاب والجريمة المنظمة والهجرة غير الشرعية والاتجار في المخدرات.",
    "ويأتي هذا اللقاء في سياق العلاقات المتميزة التي تربط المملكة المغربية و{country}، والتي تشهد تطورا "
    "ملحوظا على كافة المستويات الأمنية والاستخباراتية منذ سنة {year}.",
    "وأشاد {official} {demonym_m} بالتجربة المغربية الرائدة في مجال مكافحة التطرف، مؤكدا على أهمية "
    "تبادل المعلومات والخبرات بين الأجهزة الأمنية للبلدين وتنسيق العمل الميداني.",
    "وحضر هذا اللقاء عدد من المسؤولين الأمنيين بالمديرية العامة لمراقبة التراب الوطني، إلى جانب أعضاء "
    "الوفد {demonym_m} المرافق، حيث تم استعراض النتائج المحققة خلال سنة {year}.",
    "ويعتبر عبد اللطيف الحموشي، المدير العام للأمن الوطني ومراقبة التراب الوطني، من أبرز الشخصيات "
    "الأمنية التي تحظى باحترام كبير لدى الشركاء الدوليين في أوروبا وإفريقيا والشرق الأوسط.",
]
CAPTIONS = ["الحموشي رفقة {official} {demonym_m}", "عبد اللطيف الحموشي يستقبل {official} {demonym_m}",
            "جانب من اللقاء الأمني بين المغرب و{country}"]
CLOSING = ["اترك تعليقا", "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. قراءة المزيد",
           "رابط مختصر", "شارك هذا المقال"]


@dataclass(frozen=True)
class Engagement:
    kind: str
    iso2: str
    start: dt.date


class CorpusBuilder:
    def __init__(self, seed: int = 7, reference: Reference | None = None):
        self.random = random.Random(seed)
        reference = reference or default_reference()
        forms: dict[str, dict[str, list[str]]] = {}
        for alias_row in _alias_rows(reference):
            iso2, kind, text = alias_row
            forms.setdefault(iso2, {}).setdefault(kind, []).append(text)
        # Foreign countries with a name, a demonym and a capital in the reviewed aliases.
        self.forms = {iso2: f for iso2, f in forms.items()
                      if iso2 != home_country() and {"short_name", "demonym", "capital"} <= set(f)}
        self.countries = sorted(self.forms)
        self.pool: list[Engagement] = []

    def _engagement(self) -> Engagement:
        # One report in four is an engagement an earlier article already reported.
        if self.pool and self.random.random() < 0.25:
            return self.random.choice(self.pool)
        start = dt.date(2015, 1, 1) + dt.timedelta(days=self.random.randrange(3650))
        engagement = Engagement(self.random.choice(list(EVENT_TEMPLATES)), self.random.choice(self.countries), start)
        self.pool.append(engagement)
        return engagement

    def _date(self, day: dt.date) -> str:
        months = self.random.choice(MONTH_SETS)
        style = self.random.randrange(4)
        if style == 0:
            return f"يوم {WEEKDAYS[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"
        if style == 1:
            return f"في {day.day} {months[day.month - 1]} {day.year}"
        if style == 2:
            end = day + dt.timedelta(days=1)
            return (
                f"يومي {day.day} و{end.day} {months[end.month - 1]} {end.year}"
                if end.month == day.month
                else f"في {day.day} {months[day.month - 1]} {day.year}"
            )
        return f"بتاريخ {day.day:02d}/{day.month:02d}/{day.year}"

    def _sentence(self, engagement: Engagement) -> str:
        forms = self.forms[engagement.iso2]
        template = self.random.choice(EVENT_TEMPLATES[engagement.kind])
        demonym = self.random.choice(forms["demonym"])
        return template.format(
            date=self._date(engagement.start),
            home=self.random.choice(HOME_PLACES),
            official=self.random.choice(OFFICIALS),
            demonym_m=_definite(demonym),
            capital=self.random.choice(forms["capital"]),
            country=self.random.choice(forms["short_name"]),
            head=self.random.choice(HEADS),
        )

    def article(self, index: int) -> str:
        engagements = [self._engagement() for _ in range(self.random.randint(1, 3))]
        latest = max(e.start for e in engagements) + dt.timedelta(days=self.random.randint(1, 20))
        title = f"حموشي والدبلوماسية الأمنية: محطة رقم {index}"
        lines = [title]
        if self.random.random() < 0.5:
            lines.append(f"الرباط - {latest.day} {self.random.choice(MONTH_SETS)[latest.month - 1]} {latest.year}")
        for engagement in engagements:
            lines.append(self._sentence(engagement) + " " + self.random.choice(FILLER))
        if self.random.random() < 0.2:
            country = self.random.choice(self.countries)
            lines.append(
                f"وعقد حموشي منذ 2015 ما مجموعه {self.random.randint(2, 40)} لقاء، منها "
                f"{self.random.randint(1, 9)} لقاءات مع مسؤولي {self.random.choice(self.forms[country]['short_name'])}."
            )
        lines.extend(self.random.sample(FILLER, 2))
        lines.append(self.random.choice(FURNITURE))
        return "\n".join(lines)

    def _fill(self, template: str, iso2: str) -> str:
        forms = self.forms[iso2]
        demonym = _definite(self.random.choice(forms["demonym"]))
        return template.format(official=self.random.choice(OFFICIALS), demonym_m=demonym, demonym_f=demonym + "ة",
                               country=self.random.choice(forms["short_name"]),
                               year=self.random.randint(2015, 2024))

    def real_sized_article(self, index: int) -> str:
        """An article shaped like those in seeds/: a headline, a caption, ten or so paragraphs of
        one or two long sentences (some separated by blank lines), two to four dated engagements
        among context and count sentences, furniture at the end."""
        engagements = [self._engagement() for _ in range(self.random.randint(2, 4))]
        context = [self.random.choice(self.countries) for _ in range(self.random.randint(5, 8))]
        paragraphs = [_joined(self._sentence(e), self._fill(self.random.choice(CONTEXT), e.iso2)) for e in engagements]
        paragraphs += [_joined(self._fill(self.random.choice(CONTEXT), iso2), self.random.choice(FILLER))
                       for iso2 in context]
        self.random.shuffle(paragraphs)
        paragraphs.insert(0, _joined(self.random.choice(FILLER), self._fill(CONTEXT[-1], engagements[0].iso2)))
        if self.random.random() < 0.8:
            named = [self.random.choice(self.forms[self.random.choice(self.countries)]["short_name"]) for _ in range(3)]
            paragraphs.insert(self.random.randint(1, len(paragraphs)), (
                f"وعقد حموشي منذ 2015 ما مجموعه {self.random.randint(12, 48)} لقاء دوليا، منها "
                + "، و".join(f"{self.random.randint(2, 9)} لقاءات مع مسؤولي {name}" for name in named) + "."))
        gap = "\n\n" if self.random.random() < 0.6 else "\n"
        lines = [f"الحموشي والدبلوماسية الأمنية: حصيلة لقاءات ومباحثات مع الشركاء الدوليين رقم {index}",
                 self._fill(self.random.choice(CAPTIONS), engagements[0].iso2), *paragraphs,
                 self.random.choice(CLOSING)]
        return gap.join(lines)

    def write(self, folder: Path, count: int, first_index: int = 0, real_sized: bool = False) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        make = self.real_sized_article if real_sized else self.article
        paths = []
        for index in range(first_index, first_index + count):
            path = folder / f"synthetic_{index:07d}.txt"
            path.write_text(make(index), encoding="utf-8")
            paths.append(path)
        return paths


def _alias_rows(reference: Reference) -> list[tuple[str, str, str]]:
    return [(r["iso2"], r["kind"], r["alias"]) for r in _seed_rows("country_aliases.csv") if r["iso2"]]


def _joined(first: str, second: str) -> str:
    """Two sentences as one long one, as the real articles write them ('...، وتناولت ...')."""
    return first.rstrip(".") + "، " + second


def _definite(demonym: str) -> str:
    return demonym if demonym.startswith("ال") else "ال" + demonym


def date_cases(seed: int = 11, count: int = 400) -> list[tuple[str, dt.date]]:
    """Sentences with one date each and the day it names, in every month set and style."""
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        months = rng.choice(MONTH_SETS)
        style = rng.randrange(4)
        if style == 0:
            text = (f"استقبل حموشي يوم {WEEKDAYS[day.weekday()]} {day.day} "
                    f"{months[day.month - 1]} {day.year} بالرباط نظيره.")
        elif style == 1:
            text = f"حل حموشي في {day.day} {months[day.month - 1]} {day.year} بمدريد في زيارة عمل."
        elif style == 2:
            text = f"وقع الجانبان بتاريخ {day.day:02d}/{day.month:02d}/{day.year} مذكرة تفاهم."
        else:
            text = f"شارك حموشي في {day.day} من {months[day.month - 1]} {day.year} في أشغال المؤتمر."
        cases.append((text, day))
    return cases

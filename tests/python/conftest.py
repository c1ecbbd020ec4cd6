"""Shared fixtures: the build tree's rasd package (PYTHONPATH=build/python, set by ctest), the CLI
it is compared with ($RASD_CLI), and articles written for these tests (none from the gold data)."""

import json
import os
import subprocess

import pytest

SOURCE_DIR = os.environ.get("RASD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.abspath(os.environ.get("RASD_CLI", os.path.join(SOURCE_DIR, "build", "rasd")))

# Our own sentences: an arrest, a bombing with casualties, a signed agreement, a protest, and
# text with Latin letters and an emoji before the Arabic (code-point offsets differ from bytes).
TEXTS = [
    "أعلنت الشرطة في مدينة حمص اعتقال خمسة أشخاص يوم الاثنين بعد مواجهات مع محتجين أمام مبنى البلدية.",
    "قتل ثلاثة جنود وأصيب سبعة آخرون في انفجار عبوة ناسفة على طريق سريع جنوب بغداد، وفق مصدر أمني.\n"
    "وقال المصدر إن التحقيقات جارية لمعرفة الجهة المسؤولة عن الهجوم.",
    "وقع وزيرا خارجية الأردن والعراق اتفاقية للتعاون في مجال الطاقة خلال زيارة إلى عمان.",
    "خرج مئات الطلاب في مسيرة وسط الخرطوم أمس للمطالبة بخفض الرسوم الدراسية.",
    "Reuters 🙂 — اندلعت اشتباكات بين قوات الأمن ومسلحين في ريف إدلب أسفرت عن مقتل اثنين.",
]


def run_cli(lines, args=(), cwd=None, name="articles.jsonl"):
    """The CLI's records for JSON Lines input (a list of str lines), parsed."""
    folder = cwd
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
    out = subprocess.run([CLI, "extract", "--format", "jsonl", *args, name], cwd=folder,
                         capture_output=True, check=False)
    assert out.returncode in (0, 1), out.stderr.decode()
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


@pytest.fixture(scope="session")
def rasd_module():
    import rasd

    return rasd


@pytest.fixture(scope="session")
def engine(rasd_module):
    return rasd_module.Engine()

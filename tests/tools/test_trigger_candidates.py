#!/usr/bin/env python3
"""tools/trigger-candidates.py on a tiny thesaurus, table and corpus written for this test:
parsing of the MyThes format, which rows are looked up, which synonyms are dropped and how the
corpus hits are counted."""
import importlib.util
import io
import json
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stdout, redirect_stderr

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "trigger_candidates", os.path.join(HERE, "..", "..", "tools", "trigger-candidates.py"))
tc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tc)

THESAURUS = """UTF-8
ندد|2
(فعل)|شَجَبَ|اِستَنكَرَ
(مصدر)|شَجْب
هاجم|1
(فعل)|اِعتَدى
إدانة|1
(مصدر)|شَجْب|اِستِنكار
حذر|1
(اسم)|حَيْطة
ناصر|1
(فعل)|أَيَّدَ
قصف|1
(فعل)|رَمَى(بالقذائف)|دكّ-المواقع-
"""
# lemma form pos gen type mode passive needs within unless note senses
TABLE = """# a table for this test
lemma\tform\tpos\tgen\ttype\tmode\tpassive\tneeds\twithin\tunless\tnote\tsenses
نَدَّدَ\tندد\tverb\tpast\tACCUSE\t\tno\t\t\t\tx\tone
إِدانة\tإدانة\tnoun\tnoun\tACCUSE\t\tno\t\t\t\tx\tmany
اِستَنكَرَ\tاستنكر\tverb\tpast\t-\t\tno\t\t\t\tx\t-
حَذَّرَ\tحذر\tverb\tpast\tTHREATEN\t\tno\t\t\t\tx\tmany
شَنَّ هُجوما\tشن هجوما\tverb\tpast\tASSAULT\t\tno\t\t\t\tx\tone
هاجَمَ\tهاجم\tverb\tpast\tASSAULT\t\tno\tالقوات\t3\t\tx\tmany
يُناصِر\tيناصر\tverb\tpresent\tSUPPORT\t\tno\t\t\t\tx\tmany
شَجَبَ الحُكم\tشجب الحكم\tverb\tpast\t-\t\tno\t\t\t\tx\t-
"""
CORPUS = [
    {"title": "شجبت الحكومة القرار", "text": "وشجب الوزير ما جرى. أعلن الشجب والشجبات."},
    {"title": "", "text": "لا علاقة بالموضوع هنا."},
]


class TriggerCandidates(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        d = self.dir.name
        self.th = os.path.join(d, "th.dat")
        with open(self.th, "w", encoding="utf-8") as f:
            f.write(THESAURUS)
        os.mkdir(os.path.join(d, "tables"))
        self.tables = os.path.join(d, "tables")
        with open(os.path.join(self.tables, "verbal.tsv"), "w", encoding="utf-8") as f:
            f.write(TABLE)
        self.corpus = os.path.join(d, "corpus.jsonl")
        with open(self.corpus, "w", encoding="utf-8") as f:
            for a in CORPUS:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")

    def tearDown(self):
        self.dir.cleanup()

    def test_reads_entries_and_senses(self):
        e = tc.read_thesaurus(self.th)
        self.assertEqual(e["ندد"], [("verb", ["شَجَبَ", "اِستَنكَرَ"]), ("masdar", ["شَجْب"])])
        self.assertEqual(e[tc.key("إدانة")], [("masdar", ["شَجْب", "اِستِنكار"])])  # hamza folded
        self.assertEqual(e["حذر"], [("noun", ["حَيْطة"])])
        self.assertEqual([tc.key(s) for s in e["قصف"][0][1]], ["رمي", "دك"])  # glosses dropped

    def test_key_folds_like_the_tables(self):
        self.assertEqual(tc.key("اِعتَدى"), "اعتدي")
        self.assertEqual(tc.key("إِدانة"), "ادانة")  # taa marbuta kept

    def run_tool(self, *extra):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            tc.main(["--thesaurus", self.th, "--tables", self.tables, *extra])
        return [l.split("\t") for l in out.getvalue().splitlines() if not l.startswith("    ")]

    def test_candidates(self):
        rows = {(r[0], r[3]): r for r in self.run_tool() if r[1] == "verb" or r[0] != "شجب"}
        # the verb row's verb synonym; «استنكر» is a row already ("-" counts), so it is dropped
        self.assertIn(("شجب", "ACCUSE"), rows)
        self.assertEqual(rows[("شجب", "ACCUSE")][1], "verb")
        self.assertEqual(rows[("شجب", "ACCUSE")][6], "phrase")  # begins the phrase row «شجب الحكم»
        self.assertNotIn(("استنكر", "ACCUSE"), rows)
        # the noun row's verbal-noun synonyms: «شجب» again, as a verbal noun
        self.assertIn(("استنكار", "ACCUSE"), rows)
        self.assertEqual(sorted(r[1] for r in self.run_tool() if r[0] == "شجب"), ["masdar", "verb"])
        # a verb row takes no noun sense; a row with `needs` and a phrase row are not looked up
        self.assertNotIn(("حيطة", "THREATEN"), rows)
        self.assertNotIn(("اعتدي", "ASSAULT"), rows)
        # a present row is looked up as its past: «يناصر» -> «ناصر»
        self.assertIn(("ايد", "SUPPORT"), rows)
        self.assertEqual(len(self.run_tool()), 4)

    def test_corpus_hits_see_clitics_and_suffixes(self):
        rows = {(r[0], r[1]): r for r in self.run_tool("--corpus", self.corpus)}
        # as a verb: «شجبت», «وشجب», «الشجب»; «الشجبات» is a noun plural, not the verb's
        self.assertEqual(rows[("شجب", "verb")][2], "3")
        # as a verbal noun: «وشجب», «الشجب», «الشجبات» («شجبت» is no noun form)
        self.assertEqual(rows[("شجب", "masdar")][2], "3")
        self.assertEqual(rows[("استنكار", "masdar")][2], "0")
        self.assertEqual([r[0] for r in self.run_tool("--corpus", self.corpus, "--min-hits", "1")], ["شجب", "شجب"])


if __name__ == "__main__":
    unittest.main()

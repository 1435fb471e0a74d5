"""Code-fault checks on `table assessments` rows: details for dev rows, counts only for rows touching a test report."""
import csv, sys, collections
from decimal import Decimal
TESTSLUG = ("hailaerqu-2012", "hailaerqu-2015", "hailaerqu-2019", "henansheng-2026", "gansusheng-2026",
            "zhejiangsheng-2026", "tibetzizhiqu-2026", "shaanxisheng-2026")
rows = list(csv.DictReader(open(sys.argv[1])))
reports = {(r["jurisdiction"], int(r["year"])) for r in rows}
# every report in the build (also those with no target): from outcomes table
for r in csv.DictReader(open(sys.argv[2])):
    reports.add((r["jurisdiction"], int(r["year"])))
def follow_slug(r):
    return r["report"].rsplit("-", 1)[0] + "-" + str(int(r["end_year"]) + 1) if r["end_year"] else ""
def touches_test(r):
    return r["report"] in TESTSLUG or r["result_report"] in TESTSLUG or follow_slug(r) in TESTSLUG
faults = collections.defaultdict(list)
iris = collections.Counter(r["iri"] for r in rows)
for iri, n in iris.items():
    if n > 1: faults["repeated target row"].append([r for r in rows if r["iri"] == iri][0])
seen = collections.Counter(tuple(v for k, v in r.items() if k != "iri") for r in rows)
by_outcome = collections.defaultdict(list)
for r in rows:
    if r["result_iri"]: by_outcome[r["result_iri"]].append(r)
for o, rs in by_outcome.items():
    if len({(x["indicator"], x["kind"], x["unit"]) for x in rs}) > 1 or len(rs) > 1 and len({x["value"] for x in rs}) > 1:
        for x in rs: faults["outcome used for two targets"].append(x)
def verdict(r):
    c = r["comparator"] or "="
    p, v = Decimal(r["value"]), Decimal(r["result_value"])
    # compare in the written unit only when units are equal (base values are not in the table)
    if (r["unit"] or "").replace("％", "%") != (r["result_unit"] or "").replace("％", "%"): return None
    if c in (">=", ">", "="):
        if c == "=" and p < 0:
            return "met" if v <= p else "partly" if v <= Decimal("0.9") * p else "missed"
        return "met" if v > p or (v == p and c != ">") else "partly" if v >= Decimal("0.9") * p else "missed"
    if c in ("<=", "<"):
        return "met" if v < p or (v == p and c == "<=") else "partly" if v <= Decimal("1.1") * p else "missed"
    return "met" if abs(v - p) <= Decimal("0.1") * abs(p) else "partly" if abs(v - p) <= Decimal("0.25") * abs(p) else "missed"
for r in rows:
    j = r["verdict"]
    has_follow = (r["jurisdiction"], int(r["end_year"]) + 1) in reports if r["end_year"] else False
    if not r["result_iri"]:
        want = "not reported" if has_follow else "no follow-up report"
        if j != want: faults["follow-up verdict wrong"].append(r)
        continue
    if r["result_report"].rsplit("-", 1)[0] != r["report"].rsplit("-", 1)[0]: faults["other jurisdiction"].append(r)
    if (r["start_year"], r["end_year"]) != (r["result_start_year"], r["result_end_year"]): faults["other period"].append(r)
    if r["result_report"][-4:] != str(int(r["end_year"]) + 1): faults["result not from the next year's report"].append(r)
    if j in ("met", "partly", "missed"):
        w = verdict(r)
        if w is not None and w != j: faults["verdict contradicts numbers"].append(r)
    if r["concept_match"] == "exact" and r["result_indicator"] != r["indicator"] and "matched by name" in r["rule"]:
        faults["name rule across an exact concept"].append(r)
    if r["result_upper_value"]: faults["result is a range"].append(r)
    if r["result_comparator"] not in ("", "="): faults["result is a bound"].append(r)
    if r["upper_value"]: faults["info (not a fault): range target, verdict rechecked on its floor"].append(r)
    if r["comparator"] == "≈" or "左右" in r["quote"]: faults["info (not a fault): approximate target, verdict rechecked"].append(r)
for k, rs in faults.items():
    dev = [r for r in rs if not touches_test(r)]
    print(f"## {k}: {len(dev)} dev rows, {len(rs) - len(dev)} rows touching a test report")
    for r in dev:
        print("   ", r["report"], r["verdict"], r["indicator"], r["kind"], r["comparator"], r["value"], r["upper_value"], r["unit"], r["quote"], "=>", r["result_report"], r["result_indicator"], r["result_comparator"], r["result_value"], r["result_unit"], r["result_quote"], "|", r["rule"][:50])

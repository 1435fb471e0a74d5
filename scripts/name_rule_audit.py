"""Leave-rule-out audit of the figure-name rules on the dev reports (names83).

    PYTHONPATH=.:scripts python scripts/name_rule_audit.py [--rules ID,ID] [--csv out.csv] [--fired out.json]

Each rule of ``RULES`` (a name rule added since names57, its source branch and the dev reports it was written
from) is turned off in turn by a monkeypatch (a function to identity, a pass to nothing, or a lexicon value
taken back), never by a code change. One run over the 29 dev reports with every function rule wrapped records
where each fires (a name, an action or a result it changes); each rule is then turned off on those reports only
(a lexicon rule cannot be wrapped: it is run on all of them) and every figure whose name changes is written to
the CSV with its gold (the matched gold of the annotation) and a verdict: ``gain`` (the rule gives the gold
name), ``loss`` (it takes it away), ``wrong-both`` or ``no-gold`` (to be read in the sentence). Quantities only
are extracted (``extract_quantities`` and ``own_other_jurisdictions``, as ``extract`` does): the entity
passes do not name figures. Prints one line per rule: families fired, gains/losses at home and away.
Dev reports only: no test report is read.
"""
from __future__ import annotations

import csv
import json

from policykg.yaml_keys import read_unique
from rule_patch import CURRENT, Patch
from script_cli import out_file, parser, run
from policykg.scoring import same_indicator

# id, branch, source dev reports (those its commit or report wrote it from: the sample rows and golds it names), target, how it is turned off:
# first = returns its first argument; second = its second; noop = a pass doing nothing; empty = returns ''; none = None;
# action = returns its action list; base = per_base's (left, ''); lex:KEY:OLD=>NEW = a quantities.yaml value
# edited (a pattern: OLD replaced; a list or map: the comma-separated words or keys OLD taken out)
RULES = [
    ("ranked_things", "names61", "sichuan ningxia", "name_ranks.ranked_things", "first"),
    ("per_base", "names61", "guangdong fujian hainan", "name_rates.per_base", "base"),
    ("law_act", "names61", "liaoning qinghai", "name_flows.law_act", "first"),
    ("renewed_act", "names61", "qinghai neimenggu", "name_flow_context.renewed_act", "first"),
    ("part_flow", "names61", "hainan jiangsu", "name_flow_context.part_flow", "first"),
    ("shared_ratio", "names62", "shandong", "list_ends.shared_ratio", "first"),
    ("selection_adverbs", "names62", "shanghai guangdong jiangxi",
     "lex:phrases.selection_adverbs:(?:首次|全部|均|都|先后|相继|新)=>(?:\ufffe)", "lex"),
    ("driven_sales", "names69", "hunan sichuan hubei shanghai",
     "lex:owners.driven:就业人数,就业人次,销售额,销售金额=>", "lex"),
    ("noun_member_head", "names62", "hainan", "list_ends.noun_member_head", "empty"),
    ("one_head", "names63", "guangdong shandong liaoning sichuan", "lists._one_head", "second"),
    ("plant_capacity", "names65", "hailaer-2013 neimenggu", "name_capacity.plant_capacity", "empty"),
    ("per_head_rise", "names65", "hailaer-2014", "name_per_head.per_head_rise", "empty"),
    ("per_head_members", "names65", "hailaer-2013", "name_per_head.per_head_members", "none"),
    ("without_done_clause", "names67", "chongqing hunan", "name_clauses.without_done_clause", "first"),
    ("compound_joint", "names70", "guizhou", "lex:name_flows.compound_joint:和=>\ufffe", "lex"),
    ("new_acts_gather", "names68", "shanghai shandong guangxi", "lex:name_flows.new_acts:|集聚|筹集)=>)", "lex"),
    ("output_acts", "names66", "sichuan qinghai", "lex:phrases.output_acts:出栏=>", "lex"),
    ("act_adverbs", "names66", "hainan yunnan",
     r"lex:phrases.act_adverbs:|(?<=[\u4e00-\u9fff“”])(?<!非)(?:正式|相继)(?!运营)(?=[\u4e00-\u9fff]{2}$)=>", "lex"),
    ("after_acts_run", "names66", "guangxi hubei", "lex:name_flows.after_acts:建成运营|=>", "lex"),
    ("measured_dispose", "names61", "guangdong neimenggu", "lex:phrases.measured_acts:|处置=>", "lex"),
    ("started_acts", "names71", "shanghai anhui", "name_starts.started_acts", "action"),
    ("started_treatment", "names71", "guangdong sichuan", "name_starts.started_treatment", "none"),
    ("statement_subject", "names71", "qinghai sichuan", "name_statements.statement_subject", "none"),
    ("own_landed", "names72", "fujian sichuan", "name_landed.own_landed", "noop"),
    ("own_money_rises", "names72", "ningxia", "name_per_head.own_money_rises", "noop"),
    ("share_comparing", "names73", "hunan guangxi anhui",
     r"lex:shares.share_of_things:(?:超过|超|逾|近|约)?[\d.]+=>[\d.]+", "lex"),
    ("own_served_acts", "names73", "chongqing ningxia", "subjects.own_served_acts", "noop"),
    ("own_treated_parts", "names76", "hailaer-2017 guangdong hailaer-2018", "name_treated_of.own_treated_parts", "noop"),
    ("new_built_form", "names76", "hailaer-2017 guangxi", "lex:name_flows.new_act_forms:新建成=>", "lex"),
    ("own_modified_things", "names76", "hailaer-2017 guangdong", "name_treated_of.own_modified_things", "noop"),
    ("added_before_things", "names77", "jilin", "name_flow_context.added_before_things", "first"),
    ("partnered_things", "names77", "guizhou neimenggu", "name_doers.partnered_things", "first"),
    ("reached_things", "names78/79", "liaoning yunnan neimenggu shandong shanxi", "name_doers.reached_things", "first"),
    ("changed_count", "names79", "hainan shandong xinjiang", "measure_words.changed_count", "first"),
    ("own_headline_topics", "names80", "hailaer-2014 hailaer-2017", "headline_topics.own_headline_topics", "noop"),
    ("own_written_series", "names80", "hailaer xinjiang yunnan", "written_series.own_written_series",
     "noop"),
    ("own_streak_awards", "names81", "anhui fujian guangdong", "streak_awards.own_streak_awards", "noop"),
    ("qualified_thing", "names82", "guangdong hailaer-2017", "name_owner.qualified_thing", "empty"),
    ("clause_owner_of", "names82", "chongqing hailaer-2017 shandong", "name_owner._clause_owner_of", "empty"),
    ("own_respective_shares", "names57", "guizhou jiangxi", "fulfilment.own_respective_shares", "noop"),
    ("reference_ratio", "names58", "guangdong ningxia", "phrases.reference_ratio", "first"),
    ("own_reform_results", "names84", "shandong hainan", "name_results.own_reform_results", "noop"),
    ("own_zone_measures", "names84", "hunan yunnan", "name_zone_measures.own_zone_measures", "noop"),
    ("listed_act", "names85", "shanxi heilongjiang", "name_lists.listed_act", "first"),
    ("relative_clause", "names85", "guangdong qinghai", "peeling._relative_clause", "false"),
    ("condition_clause", "names85", "jilin chongqing hailaer-2017",
     "lex:phrases.condition_clause:在[^，。；在]{1,16}?的?(?:情况|条件|前提|背景)下|^[^，。；]{1,4}?(?:年景|情况|条件|前提)下|"
     "按(?:照)?(?:可比|同)口径(?:计算)?=>\ufffe", "lex"),
    ("name_date", "names85", "hainan xinjiang guizhou",
     "lex:phrases.name_date:(?:(?:19|20)\\d\\d年度?|“十[一二三四五六七八九]五”时期)=>(?:\ufffe)", "lex"),
    ("whole_list", "names85", "shanxi guangdong", "name_lists.whole_list", "none"),
    ("launch_acts", "names86", "guangxi hailaer-2018", "lex:name_flows.after_acts:|推出|攻克|施划=>", "lex"),
    ("own_new_act", "names86", "guangxi", "name_flows._own_new_act", "none"),
    ("own_running_totals", "names86", "chongqing guizhou", "name_acts.own_running_totals", "noop"),
    ("own_list_scopes", "names88", "hailaer-2014 hailaer-2017", "name_list_scopes.own_list_scopes", "noop"),
    ("own_topic_states", "names89", "hailaer-2017 hainan", "clause_subjects.own_topic_states", "noop"),
    ("attained_things", "names90", "hailaer-2017 sichuan", "name_doers.attained_things", "first"),
    ("measure_only", "names90", "hailaer-2017", "lex:peeling.measure_only:(?:面积|长度|里程)=>(?:\ufffe)", "lex"),
    ("own_share_wholes", "names91", "shandong hainan jinghai fujian", "name_shares.own_share_wholes", "noop"),
    ("own_paired_measures", "names94", "yunnan hunan jilin fujian", "name_paired.own_paired_measures", "noop"),
    ("ongoing_acts", "names93", "heilongjiang jinghai", "lex:name_flows.ongoing_acts:(?:续建|在建)=>(?:\ufffe)", "lex"),
    ("without_built_treated", "names93", "hailaer-2017 neimenggu sichuan", "name_acts.without_built_treated", "first"),
    ("built_area", "names93", "jilin hailaer-2017", "name_acts.built_area", "first"),
    ("aid_act", "names96", "shanxi shandong guangdong", "name_aid.aid_act", "first"),
    ("flow_amounts", "names98", "hailaer-2017 jinghai", "name_flow_amounts.flow_amount", "first"),
    ("driver_clause", "names95", "fujian shandong qinghai", "name_drivers.clause_thing", "empty"),
    ("driven_object", "names95", "shandong liaoning", "name_drivers.driven_object", "false"),
    ("driver_of", "names95", "fujian jiangxi", "name_drivers.driver_of", "first"),
    ("money_no_driver", "names95", "shandong", "name_drivers.names_no_driver", "false"),
    ("new_made_compound", "names99", "heilongjiang yunnan", "name_flows.new_made_compound", "empty"),
    ("shared_words", "names100", "heilongjiang sichuan", "list_acts.shared_words", "first"),
    ("whole_members", "names100", "heilongjiang liaoning", "list_wholes.whole_members", "none"),
    ("shared_new_act", "names101", "guizhou sichuan", "list_acts.shared_new_act", "first"),
    ("pace_adverbs", "names102", "hailaer-2017 guangxi", "names.without_pace_adverbs", "first"),
    ("issued_things", "names104", "neimenggu shanxi", "name_flow_amounts.issued_things", "first"),
    ("kept_new_act", "names104", "anhui heilongjiang", "name_flow_amounts.kept_new_act", "first"),
    ("closing_making", "names104", "qinghai hailaer-2014",
     "lex:name_flows.closing_making:|{starts}|{after}=>", "lex"),
    ("served_manner", "names106", "chongqing guangdong", "lex:subjects.served:(?P<manner>免费|无偿)?=>(?:免费|无偿)?", "lex"),
    ("acting_things", "names106", "hailaer-2017 sichuan jiangxi shandong", "name_doers.acting_things", "first"),
    ("moving_things", "names107", "guangdong sichuan", "name_doers.moving_things", "first"),
    ("line_length", "names111", "chongqing guangdong shanghai", "lex:phrases.road_heads:(?:路=>(?:|路", "lex"),
    ("new_act_not_dazao", "names111", "guizhou", "lex:name_flows.new_acts:|招引|落地=>|招引|打造|落地", "lex"),
    ("after_acts_names114", "names116", "hainan ningxia guangdong sichuan",
     "lex:name_flows.after_acts:|争创|上线|建立|培养|开发|组建=>", "lex"),
    ("qidong_after", "names117", "jinghai yunnan fujian chongqing shanghai", "lex:name_flows.after_acts:|启动=>", "lex"),
    ("own_enjoyed", "names117", "anhui qinghai", "subjects.own_enjoyed", "noop"),
    ("li_gai_fei", "names118", "liaoning shanghai", "lex:name_moved.acts:|立改废=>", "lex"),
    ("plan_same_span", "names118", "jiangxi", "lex:peeling.base:|时期|同期)=>|时期)", "lex"),
    ("passed_leads", "names118", "hebei hubei hainan", "lex:name_doers.acting_leads:通过=>", "lex"),
    ("reach_verbs", "names122", "qinghai", "lex:subjects.verbs:远销,销往=>", "lex"),
    ("reach_grown", "names122", "qinghai", "lex:subjects.subject:(?:(?<=[送销])(?:扩大|拓展|扩展)[至到])?=>", "lex"),
    ("reach_openers", "names122 names125", "chongqing guangxi", "name_reach.own_reach_openers", "noop"),
    ("total_lengths", "names123", "hailaer-2017", "total_lengths.own_total_lengths", "noop"),
    ("aid_support", "names123", "yunnan", "lex:name_aid.acts:|扶持=>", "lex"),
    ("completed_after_acts", "names127", "figs-county-2015 figs-countycity-2019 figs-province-2015",
     "lex:name_flows.after_acts:|竣工投产|竣工=>", "lex"),
    ("kaitong_after", "names127", "hailaer-2014 neimenggu figs-province-2015", "lex:name_flows.after_acts:|开通)=>)", "lex"),
    ("bare_project_act", "names127", "yunnan figs-county-2015 figs-city-2016", "name_completed.bare_project_act", "first"),
    ("inherited_member_act", "names127", "figs-countycity-2019 figs-province-2015",
     "name_completed.inherited_member_act", "first"),
    ("sibling_owners", "names129", "figs-city-2013 figs-district-2025", "sibling_owners.own_sibling_owners", "noop"),
    ("opened_owners", "names129", "figs-county-2013 figs-county-2018", "opened_owners.own_opened_works", "noop"),
    ("built_up_area_noun", "names126", "figs-district-2011 figs-district-2023", "lex:peeling.act_nouns:建成区(?!级)=>(?!)",
     "lex"),
    ("rebuilt_after", "names126", "shanxi figs-county-2019 figs-countycity-2017", "lex:name_flows.after_acts:|改扩建=>", "lex"),
    ("opened_after", "names126", "figs-district-2023 figs-district-2024", "lex:name_flows.after_acts:|打通=>", "lex"),
    ("fitted_before", "names126", "figs-district-2023 figs-district-2025", "lex:name_flows.fitted_acts:加装=>(?!)", "lex"),
    ("substance_not_complete", "names126", "figs-county-2013 figs-city-2014 figs-province-2018",
     "lex:lists.not_complete:需氧量=>", "lex"),
    ("shared_investments", "names130", "hailaer-2013 figs-countycity-2019", "name_money_parts.own_shared_investments",
     "noop"),
    ("transferred_land", "names130", "figs-county-2019 figs-district-2024", "lex:phrases.measured_acts:|出让=>", "lex"),
    ("building_nouns", "names130", "figs-county-2019 figs-district-2012",
     "lex:phrases.measured_act_not:(?<!违法)建设(?!用地)=>建设", "lex"),
]
def family(stem: str) -> str:
    """A report's family: its name before the year (the Hailar years together)."""
    return stem.rsplit("-", 1)[0]


def read_dev() -> dict:
    """stem → (written report, the text matched, outline, manifest entry) of the 29 dev reports."""
    from policykg.evaluation import manifest
    from policykg.read import for_matching, read_report
    from policykg.structure import parse
    out = {}
    for stem, info in sorted(manifest().items()):
        if info["split"] == "dev" and info["quantities"]:
            written = read_report(str(info["path"]))
            doc = for_matching(written)
            out[stem] = (written, doc, parse(doc), info)
    return out


def figures(stem: str, dev: dict) -> dict:
    """(kind, start, end, value, unit, n) → (figure, its matched gold or None) of one dev report."""
    from policykg.extract.quantities import extract_quantities
    from policykg.extract.scopes import own_other_jurisdictions
    from policykg.model import Facts
    from policykg.read import restore_offsets
    from policykg.scoring import match_quantities
    written, doc, outline, info = dev[stem]
    CURRENT[0] = stem
    qs = own_other_jurisdictions(doc.text, doc.metadata, extract_quantities(doc.text, outline.sentences))
    _, facts = restore_offsets(written, outline, Facts(entities=[], quantities=qs, links=[]))
    gold = read_unique(info["folder"] / f"{stem}-quantities.yaml") or []
    matched = {}
    for kind in info["quantities"]:
        matched.update({id(p): g for p, g in match_quantities(facts.quantities, gold, kind)[0]})
    out, seen = {}, {}
    for q in facts.quantities:      # members split from one quote share its span and value: told apart by order
        key = (q.kind, q.span.start, q.span.end, str(q.value), q.unit)
        seen[key] = seen.get(key, 0) + 1
        out[(*key, seen[key])] = (q, matched.get(id(q)))
    return out


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a figure (from the last 。/；/newline before it to the next)."""
    cut = "。；\n"
    left = max(text.rfind(c, 0, start) for c in cut) + 1
    rights = [i for i in (text.find(c, end) for c in cut) if i >= 0]
    return text[left:min(rights) + 1 if rights else len(text)].strip()


def changes(rule, stem: str, dev: dict, base: dict) -> list[dict]:
    """The figures of ``stem`` whose name changes with ``rule`` turned off, each with its verdict."""
    with Patch(rule):
        off = figures(stem, dev)
    rows, text = [], dev[stem][0].text
    home = stem in rule[2].split() or family(stem) in rule[2].split()
    for key in sorted(set(base) | set(off), key=lambda k: (k[1], k[2], k[0])):
        on_q, gold = base.get(key, (None, None))
        off_q, off_gold = off.get(key, (None, None))
        on, was = (on_q.indicator if on_q else "(none)"), (off_q.indicator if off_q else "(none)")
        if on == was:
            continue
        g = (gold or off_gold or {}).get("indicator")
        verdict = ("no-gold" if g is None else "gain" if same_indicator(on, g) else "loss" if same_indicator(was, g) else "wrong-both")
        rows.append({"rule": rule[0], "branch": rule[1], "report": stem, "family": family(stem),
                     "home": "home" if home else "away", "kind": key[0], "value": key[3] + key[4],
                     "name_on": on, "name_off": was, "gold": g or "", "verdict": verdict,
                     "sentence": _sentence(text, key[1], key[2])})
    return rows


def fired(dev: dict, base_rules) -> dict:
    """rule id → the dev reports where it changes something, from one wrapped run (lexicon rules: all)."""
    where = {r[0]: set() for r in base_rules}
    patches = [Patch(r, where[r[0]]) for r in base_rules if r[4] != "lex"]
    for p in patches:
        p.__enter__()
    try:
        for stem in dev:
            figures(stem, dev)
    finally:
        for p in reversed(patches):
            p.__exit__(None, None, None)
    for r in base_rules:
        if r[4] == "lex":
            where[r[0]] = set(dev)
    return {k: sorted(v) for k, v in where.items()}


def summary(rule, rows: list[dict], reports: list[str]) -> str:
    """One line: the rule, its families fired, gains/losses/other at home and away."""
    def tally(side):
        mine = [r for r in rows if r["home"] == side]
        return "+{} −{} ={} ?{}".format(*(sum(r["verdict"] == v for r in mine)
                                          for v in ("gain", "loss", "wrong-both", "no-gold")))
    fams = sorted({family(s) for s in reports})
    return f"{rule[0]}\t{rule[1]}\tfired: {' '.join(fams) or '-'}\thome {tally('home')}\taway {tally('away')}"


def main(argv=None) -> int:
    ap = parser(__doc__)
    ap.add_argument("--rules", help="comma-separated rule ids (default: all)")
    ap.add_argument("--csv", type=out_file, help="every changed figure, one row each")
    ap.add_argument("--fired", type=out_file, help="where each rule fired, as JSON")
    args = ap.parse_args(argv)
    rules = [r for r in RULES if not args.rules or r[0] in args.rules.split(",")]
    if args.rules and len(rules) != len(set(args.rules.split(","))):
        ap.error(f"unknown rule id in {args.rules!r}; known: {', '.join(r[0] for r in RULES)}")
    dev = read_dev()
    where = fired(dev, rules)
    if args.fired:
        with open(args.fired, "w", encoding="utf-8") as f:
            json.dump(where, f, ensure_ascii=False, indent=1)
    base = {stem: figures(stem, dev) for stem in dev}
    pairs = [(q, g) for figs in base.values() for q, g in figs.values() if g]
    print(f"strict dev indicator agreement: {sum(same_indicator(q.indicator, g['indicator']) for q, g in pairs)} of {len(pairs)}")
    rows = []
    for rule in rules:
        mine = [row for stem in where[rule[0]] for row in changes(rule, stem, dev, base[stem])]
        print(summary(rule, mine, sorted({r["report"] for r in mine})), flush=True)
        rows += mine
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["rule"])
            w.writeheader()
            w.writerows(rows)
    return 0


if __name__ == "__main__":
    run(main)

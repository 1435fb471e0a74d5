"""parks56: the frame counts of parks-frames-parks56.md from the JSON lines of parks-frames-parks56-count.py (path below):
python docs/checks/parks-frames-parks56-tally.py Park|Project (scratch tool, kept to reproduce the tables)."""
import json, collections, re, sys
rows = [json.loads(l) for l in open("/tmp/parks56/cands.jsonl")]
fam = lambda s: re.sub(r"-\d{4}$", "", s)
kind = sys.argv[1]
AFTER = {"develop": ["高质量发展", "发展", "招商", "开发", "运营", "提质", "扩区", "升级", "转型", "开放", "提档", "管理", "改革"],
         "build": ["建设", "项目", "工程", "开工", "建成", "竣工"],
         "honour": ["入选", "获批", "获评", "成为", "创建", "称号", "认定", "挂牌"]}
BEFORE = {"develop": ["支持", "加快", "推进", "推动", "深化", "提升", "优化", "做强", "做优", "规划", "高标准规划", "办好", "壮大", "发展"],
          "build": ["建设", "打造", "建成", "新建", "谋划"],
          "honour": ["创建", "争创", "入选", "获批", "申建", "成功创建", "获评", "列入", "纳入"]}
def cls(text, table, end):
    best = None
    for c, ws in table.items():
        for w in ws:
            if (text.endswith(w) if end else text.startswith(w)) and (best is None or len(w) > best[1]):
                best = (c, len(w), w)
    return best
def show(title, items):
    print("==", title)
    c = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    for f, key, y in items:
        c[key][f][y] += 1
    for key, d in sorted(c.items(), key=str):
        p = sum(v[1] for v in d.values()); n = sum(v[0] for v in d.values())
        fp = sorted(f for f, v in d.items() if v[1]); 
        print(f"{key!s:22} pos {p:4} in {len(fp):2} fam  neg {n:5} in {sum(1 for v in d.values() if v[0]):2} fam  rate {p/max(1,p+n):.2f}  posfams {','.join(fp)}")
# after frame per head (one per head; positive if a gold name ends there)
heads = {}
for r in rows:
    if r["kind"] != kind: continue
    k = (r["stem"], r["i"], r["b"])
    h = heads.setdefault(k, [0, r["after"], r["general"]])
    h[0] |= r["y"]; h[2] = h[2] and r["general"]
items = []
for (stem, i, b), (y, after, gen) in heads.items():
    c = cls(after, AFTER, False)
    items.append((fam(stem), c[0] if c else None, y))
show("after frame, per head", items)
items = [(fam(s), (c[0] if c else None), y) for (s, i, b), (y, after, gen) in heads.items() if gen for c in [cls(after, AFTER, False)]]
show("after frame, per head, general-only heads", items)
items = []
for r in rows:
    if r["kind"] != kind: continue
    c = cls(r["before"], BEFORE, True)
    items.append((fam(r["stem"]), c[0] if c else None, r["y"]))
show("before frame, per candidate", items)
items = [(fam(r["stem"]), ((cls(r["before"], BEFORE, True) or [None])[0]), r["y"]) for r in rows if r["kind"] == kind and r["general"]]
show("before frame, per candidate, general", items)
items = []
for r in rows:
    if r["kind"] != kind: continue
    c = cls(r["before"], BEFORE, True)
    if c: items.append((fam(r["stem"]), c[2], r["y"]))
show("before word", items)
items = []
for (stem, i, b), (y, after, gen) in heads.items():
    c = cls(after, AFTER, False)
    if c: items.append((fam(stem), c[2], y))
show("after word per head", items)

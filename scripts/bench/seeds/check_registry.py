#!/usr/bin/env python3
# The seeds' read check, for bench section 3 ONLY: the seeds compared the registry with the manifest by eye
# (`model-registry.sh list` after `gsutil cat manifest.json`); this is the smallest script that turns that into
# an answer. Manifest in the MANIFEST env var, `bq query --format=json` output on stdin. Exit 1 on a mismatch.
# It checks what the seeds' list showed (ids, training dates, status, production flag) plus file and sha256;
# model-governance's drift compares every registry column, the filenames and more.
import json
import os
import sys

manifest = json.loads(os.environ['MANIFEST'])
rows = {r['model_id']: r for r in json.load(sys.stdin)}
production_model = manifest.get('production_model')
bad = 0
for model_id, m in manifest['models'].items():
    r = rows.pop(model_id, None)
    if r is None:
        print(f"❌ {model_id}: not in BigQuery model_registry")
        bad += 1
        continue
    want = {
        'file': m['file'],
        'training_start_date': m['training_start_date'],
        'training_end_date': m['training_end_date'],
        'status': m['status'],
        'is_production': 'true' if model_id == production_model else 'false',
        'sha256': m['sha256'],
    }
    diff = [f"{k}: registry {r.get(k)} != manifest {v}" for k, v in want.items() if r.get(k) != v]
    if diff:
        print(f"❌ {model_id}: {'; '.join(diff)}")
        bad += 1
    else:
        print(f"✓ {model_id} ({m['status']}, {m['training_start_date']} to {m['training_end_date']})")
for model_id in rows:
    print(f"❌ {model_id}: in BigQuery model_registry but not in the manifest")
    bad += 1
print(f"Manifest production model: {production_model}")
sys.exit(1 if bad else 0)

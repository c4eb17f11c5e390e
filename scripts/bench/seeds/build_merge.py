#!/usr/bin/env python3
# The seeds' `model-registry.sh sync` step 2, rebuilt for bench section 3 ONLY: the manifest arrives in the
# MANIFEST env var (as the seeds' shell script exported it), and a MERGE is printed with every manifest value
# pasted into the SQL text by string formatting ("Builds SQL MERGE with inline values", seed 001, Issue 1).
#
# DELIBERATELY THE SEEDS' UNSAFE WAY. A quote in any manifest value breaks or rewrites the statement; this is
# exactly what model-governance replaces with one parameterized MERGE (USING UNNEST(@rows), typed, no value
# in the SQL text). It exists only so the benchmark can time the seeds' flow. Never use it for anything else.
#
# Differences from the seeds, kept as small as possible: the columns are model-governance's registry columns
# (so both ways write the same table shape), and an all-NULL text/date column is written CAST(NULL AS type)
# because BigQuery types a bare NULL in a SELECT list as INT64, which a STRING or DATE column refuses.
import json
import os

manifest = json.loads(os.environ['MANIFEST'])
table = os.environ['REGISTRY_TABLE']  # project.dataset.table

family = manifest['family']
production_model = manifest.get('production_model')

merge_parts = []
for model_name, m in manifest['models'].items():
    metrics = m.get('metrics') or {}
    model_version = m.get('model_version')
    feature_count = m.get('feature_count')
    eval_start = m.get('eval_start_date')
    eval_end = m.get('eval_end_date')
    hr = metrics.get('hit_rate_edge_3plus')
    mae = metrics.get('mae')
    n = metrics.get('graded_edge_3plus_n')
    promoted = m.get('promoted_at')
    notes = m.get('notes')

    struct_parts = []
    struct_parts.append(f"'{model_name}' AS model_id")
    struct_parts.append(f"'{family}' AS family")
    struct_parts.append(f"'{model_version}' AS model_version" if model_version is not None else "CAST(NULL AS STRING) AS model_version")
    struct_parts.append(f"'{m['file']}' AS file")
    struct_parts.append(f"'{m['gcs_path']}' AS gcs_path")
    struct_parts.append(f"{feature_count if feature_count is not None else 'NULL'} AS feature_count")
    struct_parts.append(f"DATE'{m['training_start_date']}' AS training_start_date")
    struct_parts.append(f"DATE'{m['training_end_date']}' AS training_end_date")
    struct_parts.append(f"DATE'{eval_start}' AS eval_start_date" if eval_start is not None else "CAST(NULL AS DATE) AS eval_start_date")
    struct_parts.append(f"DATE'{eval_end}' AS eval_end_date" if eval_end is not None else "CAST(NULL AS DATE) AS eval_end_date")
    struct_parts.append(f"'{m['status']}' AS status")
    struct_parts.append(f"{'TRUE' if model_name == production_model else 'FALSE'} AS is_production")
    struct_parts.append(f"'{m['sha256']}' AS sha256")
    struct_parts.append(f"{hr if hr is not None else 'NULL'} AS hit_rate_edge_3plus")
    struct_parts.append(f"{mae if mae is not None else 'NULL'} AS evaluation_mae")
    struct_parts.append(f"{n if n is not None else 'NULL'} AS graded_edge_3plus_n")
    struct_parts.append(f"TIMESTAMP'{m['created_at']}' AS created_at")
    struct_parts.append(f"DATE'{promoted}' AS promoted_at" if promoted is not None else "CAST(NULL AS DATE) AS promoted_at")
    struct_parts.append(f"'{notes}' AS notes" if notes is not None else "CAST(NULL AS STRING) AS notes")
    merge_parts.append(f"SELECT {', '.join(struct_parts)}")

columns = ['model_id', 'family', 'model_version', 'file', 'gcs_path', 'feature_count', 'training_start_date',
           'training_end_date', 'eval_start_date', 'eval_end_date', 'status', 'is_production', 'sha256',
           'hit_rate_edge_3plus', 'evaluation_mae', 'graded_edge_3plus_n', 'created_at', 'promoted_at', 'notes']

# Union all models
source_query = ' UNION ALL '.join(merge_parts)
update_set = ', '.join(f"{c} = source.{c}" for c in columns if c != 'model_id')
merge_query = (
    f"MERGE `{table}` AS target USING ({source_query}) AS source "
    f"ON target.model_id = source.model_id "
    f"WHEN MATCHED THEN UPDATE SET {update_set} "
    f"WHEN NOT MATCHED THEN INSERT ({', '.join(columns)}) VALUES ({', '.join('source.' + c for c in columns)})"
)
print(merge_query)

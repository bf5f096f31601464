#!/usr/bin/env bash
# Plans per second of the rules engine on one thread, with baselines; see bench/README.md.
# Usage: bench/rules/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/../.."

classes=target/classes/app/aftercare/rules/ReturnToExerciseRules.class
if [[ ! -f "$classes" ]] || [[ -n "$(find src/main/java/app/aftercare/rules -newer "$classes" -name '*.java')" ]]; then
	./mvnw -B -q -DskipTests package
fi

mkdir -p bench/results
out="bench/results/rules-$(date -u +%Y%m%dT%H%M%SZ).txt"
java -cp target/classes bench/rules/PlanBenchmark.java "$@" | tee "$out"
echo "saved to $out"

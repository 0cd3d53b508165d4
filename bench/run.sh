#!/usr/bin/env bash
# The whole benchmark in one command; writes BENCHMARKS.md at the repository root.
# Usage: bench/run.sh [--quick] [--mongo-url=mongodb://…] [--mongo-memory] [--out=FILE]
#   --quick      a few minutes with smaller data (the full run takes about an hour)
#   --mongo-url  feedback-service on a real MongoDB instead of its in-process wire-protocol double
#   --mongo-memory  the wire-protocol double on its memory backend instead of H2 (the service without the store's cost)
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/java-env
# install: exec:java below resolves the bench's libraries (demo, datagen) from the local repository
./mvnw -q -B -ntp -pl journey-service,touchpoint-service,feedback-service,gateway,bench -am install -DskipTests
exec ./mvnw -q -B -ntp -pl bench exec:java -Dtrailmap.root="$PWD" -Dexec.args="$*"

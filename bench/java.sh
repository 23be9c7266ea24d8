# Sourced by the bench scripts: $java, the first java 21 or newer of BENCH_JAVA, JAVA_HOME,
# /usr/lib/jvm/* and PATH; maven_classpath, the dependencies' class path; has_data, whether a started
# app answers with data.
java_major() { "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'; }
java=${BENCH_JAVA:-}
if [ -z "$java" ]; then
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then java=$candidate; break; fi
  done
fi
[ -n "$java" ] || { echo "no java 21 or newer found: set BENCH_JAVA" >&2; exit 1; }
# The dependencies' class path, through the file $1: on standard output Maven's console prefixes it
# with a colour code. Without Neo4j's collections library: its classes run unsigned out of
# target/classes (pom.xml).
maven_classpath() { mvn -q -B dependency:build-classpath -DexcludeGroupIds=org.eclipse.collections -Dmdep.outputFile="$1" >/dev/null && cat "$1"; }
# Whether the app on port $1 answers a query with the dataset loaded (as the demo ANALYST, who exists
# while no users are configured): what a start is waited for.
has_data() {
  curl -s -m 2 -u analyst:analyst-demo "http://localhost:$1/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ states(first: 1) { totalCount } }"}' 2>/dev/null | grep -q '"totalCount":[1-9]'
}

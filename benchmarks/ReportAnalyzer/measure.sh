#!/usr/bin/env bash
# The analyzer's and the generator's share of a real `dotnet build`, as the compiler reports it (-p:ReportAnalyzer=true):
# a generated project of 500 files holding 1,000 literal configurations ("configs": about two diagnostics per file;
# "valid": the same shapes, all valid; "plain": 500 files that use no PendoGen type), compiled against this
# repository's generator/analyzer. Prints csc's per-analyzer and per-generator times and the Csc task time.
# Usage: benchmarks/ReportAnalyzer/measure.sh [configs|valid|plain] [rounds]
set -euo pipefail
kind="${1:-configs}"
rounds="${2:-3}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/PendoGen.Generator" -c Release -v:q -nologo >/dev/null

cat > "$work/Share.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Share</RootNamespace>
    <PendoGenSchemaDirectory>$repo/schema/</PendoGenSchemaDirectory>
  </PropertyGroup>
  <Import Project="$repo/src/PendoGen.Package/buildTransitive/PendoGen.props" />
  <ItemGroup>
    <Analyzer Include="$repo/src/PendoGen.Generator/bin/Release/netstandard2.0/PendoGen.Generator.dll" />
  </ItemGroup>
</Project>
XML
# Report every rule as a warning: the configurations are deliberately odd, and a suppressed rule would switch the
# analyzer off (the driver skips analyzers whose every diagnostic is disabled), measuring nothing.
printf 'is_global = true\n' > "$work/.globalconfig"
for id in 001 002 003 004 005 006 007; do printf 'dotnet_diagnostic.PENDO%s.severity = warning\n' "$id" >> "$work/.globalconfig"; done

python3 - "$work" "$kind" <<'PY'
import sys
work, kind = sys.argv[1], sys.argv[2]
for i in range(500):
    if kind == "plain":
        body = f'''public static class Plain{i}
{{
    public static string A(string key) => string.Concat("group_", key, "{i}");
    public static int Work(int x) {{ int s = 0; for (int k = 0; k < x; k++) {{ s += k * {i}; }} return s; }}
    public static object B() => new System.Collections.Generic.List<int> {{ 1, 2, {i} }};
}}
'''
    elif kind == "valid":
        body = f'''using PendoGen;
public static class Connections{i}
{{
    public static PendoConnectionRequest A(string key) => new PendoConnectionRequest
    {{
        GroupId = "group_{i}",
        SyncFrequency = 1440,
        DailySyncTime = "14:00",
        DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
        Config = new PendoConfig {{ Schema = "pendo_{i}", SyncMode = SyncMode.SpecificAppIds, AppIds = ["{i}", "7"], Region = PendoRegion.EU, IntegrationKey = key }},
    }};

    public static PendoConfig B() => PendoConfig.FromJson("""{{ "schema": "p{i}", "historical_sync_time_frame": "DATE_LIMIT", "backward_sync_limit_date": "2000-12-15" }}""");

    public static int Work(int x) {{ int s = 0; for (int k = 0; k < x; k++) {{ s += k * {i}; }} return s; }}
}}
'''
    else:
        body = f'''using PendoGen;
public static class Connections{i}
{{
    public static PendoConnectionRequest A(string key) => new PendoConnectionRequest
    {{
        GroupId = "group_{i}",
        SyncFrequency = {45 if i % 7 == 0 else 1440},
        DailySyncTime = "14:00",
        DestinationSchemaNames = DestinationSchemaNames.FivetranNaming,
        Config = new PendoConfig {{ Schema = "pendo_{i}", SyncMode = SyncMode.SpecificAppIds, AppIds = ["{i}", "x"], Region = PendoRegion.EU, IntegrationKey = key }},
    }};

    public static PendoConfig B() => PendoConfig.FromJson("""{{ "schema": "p{i}", "region": "EU", "backward_sync_limit_date": "2000-12-15" }}""");

    public static int Work(int x) {{ int s = 0; for (int k = 0; k < x; k++) {{ s += k * {i}; }} return s; }}
}}
'''
    open(f"{work}/C{i}.cs", "w").write(body)
PY

cd "$work"
dotnet restore -v:q -nologo >/dev/null
for round in $(seq 1 "$rounds"); do
  dotnet build --no-restore -c Release --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > build.log 2>&1 || { tail -30 build.log; exit 1; }
  echo "round $round ($kind):"
  grep -E "Total analyzer execution time|Total generator execution time|PendoConfigAnalyzer|PendoGen.PendoGenerator$|CoreCompile +[0-9]+ calls|^ +[0-9]+ ms +Csc" build.log | sed 's/^ */  /'
done

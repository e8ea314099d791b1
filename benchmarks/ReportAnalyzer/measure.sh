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

# The same 500 files the in-process benchmarks use (benchmarks/PendoGen.Benchmarks/AnalyzerSources.cs).
dotnet run -c Release --project "$repo/benchmarks/PendoGen.Benchmarks" -- --write-sources "$work" "$kind"

cd "$work"
dotnet restore -v:q -nologo >/dev/null
for round in $(seq 1 "$rounds"); do
  dotnet build --no-restore -c Release --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > build.log 2>&1 || { tail -30 build.log; exit 1; }
  echo "round $round ($kind):"
  grep -E "Total analyzer execution time|Total generator execution time|PendoConfigAnalyzer|PendoGen.PendoGenerator$|CoreCompile +[0-9]+ calls|^ +[0-9]+ ms +Csc" build.log | sed 's/^ */  /'
done

#!/usr/bin/env bash
# Generator time and build time of a real `dotnet build` for connectors generated from Fivetran's OpenAPI document
# (fivetran/open-api-spec.json) with 1, 50 or every service, against this repository's generator (Release).
# Prints csc's generator time (-p:ReportAnalyzer=true), the Csc task time, the wall time of the build, and the
# number of generated files.
# Usage: benchmarks/OpenApi/measure.sh [1|50|all] [rounds]
set -euo pipefail
count="${1:-1}"
rounds="${2:-1}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$count" in
  1) services="google_ads" ;;
  all) services="*" ;;
  *) # the first N services in ordinal order, read from the document's create-connection discriminator
     services="$(python3 -c "import json,sys; d=json.load(open('$repo/fivetran/open-api-spec.json')); m=sorted(d['components']['schemas']['NewConnectorRequestV1']['discriminator']['mapping']); print(';'.join(m[:$count]))")" ;;
esac

dotnet build "$repo/src/PendoGen.Generator" -c Release -v:q -nologo >/dev/null

cat > "$work/Vendor.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>Vendor</RootNamespace>
    <PendoGenShippedSchemas>false</PendoGenShippedSchemas>
    <EmitCompilerGeneratedFiles>false</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <Import Project="$repo/src/PendoGen.Package/buildTransitive/PendoGen.props" />
  <ItemGroup>
    <AdditionalFiles Include="$repo/fivetran/open-api-spec.json" PendoGenOpenApiServices="$services" />
    <Analyzer Include="$repo/src/PendoGen.Generator/bin/Release/netstandard2.0/PendoGen.Generator.dll" />
  </ItemGroup>
</Project>
XML
echo 'public static class Placeholder { }' > "$work/Placeholder.cs"

cd "$work"
dotnet restore -v:q -nologo >/dev/null
for round in $(seq 1 "$rounds"); do
  start=$(date +%s.%N)
  dotnet build --no-restore -c Release --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > build.log 2>&1 || { grep -E "error" build.log | head -20; exit 1; }
  end=$(date +%s.%N)
  echo "round $round ($count services): wall $(python3 -c "print(round($end-$start,1))") s, $(grep -cE 'warning PENDO|warning CS' build.log || true) warning lines, $(grep -c ' error ' build.log || true) error lines"
  grep -E "Total generator execution time|PendoGen.PendoGenerator$|^ +[0-9]+ ms +Csc" build.log | sed 's/^ */  /'
done

using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --filter '*' --job short --inProcess
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-share
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --write-sources DIR configs|valid|plain
if (args is ["--write-sources", string directory, string kind])
{
    PendoGen.Benchmarks.AnalyzerSources.Write(directory, kind);
    return;
}

if (args is ["--analyzer-share"])
{
    PendoGen.Benchmarks.AnalyzerShare.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

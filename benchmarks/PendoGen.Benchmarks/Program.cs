using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --filter '*' --job short --inProcess   (quick look)
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --stable --filter '*Serializer*'        (figures to quote)
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-share
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --analyzer-per-file
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --generator-allocation
// dotnet run -c Release --project benchmarks/PendoGen.Benchmarks -- --profile-loop request|response|generator|analyzer|analyzer-start SECONDS
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

if (args is ["--analyzer-per-file"])
{
    PendoGen.Benchmarks.AnalyzerPerFile.Run();
    return;
}

if (PendoGen.Benchmarks.ProfileLoops.TryRun(args))
{
    return;
}

if (args is ["--generator-allocation"])
{
    PendoGen.Benchmarks.GeneratorAllocation.Run();
    return;
}

if (args.Contains("--stable"))
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--stable").ToArray(), PendoGen.Benchmarks.StableConfig.Create());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

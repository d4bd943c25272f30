namespace Zhijian.Platform;

internal static class Placeholder;

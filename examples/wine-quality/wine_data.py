"""Loading the wine-quality table (first-party module: detect-env must not ask to declare it)."""
import pandas as pd


def load_wine_quality(path):
    frame = pd.read_csv(path, sep=";")
    return frame.drop(columns=["quality"]), frame["quality"]

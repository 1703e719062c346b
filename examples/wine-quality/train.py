"""Train a random forest on the wine-quality data and track it with MLflow.

Run locally:  python train.py --n-estimators 100 --max-depth 6
As an MLflow project:  mlflow run . -P n_estimators=100
"""
import argparse
import json
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import mlflow
import mlflow.sklearn
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

from wine_data import load_wine_quality


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n-estimators", type=int, default=100)
    parser.add_argument("--max-depth", type=int, default=None)
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "wine-quality.csv"))
    return parser.parse_args()


def main():
    args = parse_args()
    features, target = load_wine_quality(args.data)
    x_train, x_val, y_train, y_val = train_test_split(features, target, test_size=0.25, random_state=42)

    mlflow.set_experiment("wine-quality-rf")
    with mlflow.start_run(run_name=f"rf-{args.n_estimators}-{args.max_depth}"):
        mlflow.log_params({"n_estimators": args.n_estimators, "max_depth": args.max_depth})
        model = RandomForestRegressor(n_estimators=args.n_estimators, max_depth=args.max_depth, random_state=0)
        model.fit(x_train, y_train)
        predictions = model.predict(x_val)
        mlflow.log_metrics(
            {
                "val/rmse": float(np.sqrt(mean_squared_error(y_val, predictions))),
                "val/mae": float(mean_absolute_error(y_val, predictions)),
                "r2": float(r2_score(y_val, predictions)),
            }
        )
        importances = dict(zip(features.columns, model.feature_importances_.round(4).tolist()))
        mlflow.log_text(json.dumps(importances, indent=2), "feature_importances.json")

        fig, ax = plt.subplots(figsize=(6, 4))
        ax.barh(list(importances), list(importances.values()))
        ax.set_title("Feature importances")
        mlflow.log_figure(fig, "feature_importances.png")
        mlflow.sklearn.log_model(model, name="model")


if __name__ == "__main__":
    main()

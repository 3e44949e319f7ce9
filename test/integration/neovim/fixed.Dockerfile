FROM python:3.12-slim
WORKDIR /app
RUN pip install flask
USER 10001
CMD ["python", "app.py"]
